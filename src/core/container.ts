import type { Redis } from 'ioredis'
import { telegramMessenger } from '../bots/telegram/messenger.ts'
import { campaignDeps } from '../jobs/campaign-deps.ts'
import { createEnqueuer, type Enqueuer } from '../jobs/enqueue.ts'
import type { Forms } from './applications/form-schema.ts'
import { loadForms } from './applications/load-forms.ts'
import { caseworkSettings } from './cases/settings.ts'
import type { Config } from './config/schema.ts'
import type { ConversationDeps } from './conversations/turn.ts'
import { connectDatabase, type Database } from './db/connect.ts'
import { applyMigrations } from './db/migrate.ts'
import { createI18n, type I18n } from './i18n/translator.ts'
import { createLogger, type Logger } from './logger.ts'
import type { Messenger } from './notifications/messenger.ts'
import { type Cipher, createCipher } from './privacy/cipher.ts'
import { resolveDataKey } from './privacy/data-key.ts'
import { loadPolicy } from './programmes/load-policy.ts'
import type { Policy } from './programmes/policy-schema.ts'
import { connectRedis } from './queues/redis.ts'
import { loadMatcherData } from './understanding/matcher-data.ts'
import { createModel } from './understanding/model.ts'

/** Every long-lived dependency, built once at start-up and passed down. */
export type Container = {
  config: Config
  log: Logger
  db: Database
  cipher: Cipher
  i18n: I18n
  policy: Policy
  /** Application forms beside the policy. */
  forms: Forms
  conversation: ConversationDeps
  /** Messages to workers from outside their own turn (jobs, caseworkers). */
  messenger: Messenger
  /** The shared Redis connection, opened on first use (only job roles need it). */
  redis(): Redis
  /** Adds BullMQ jobs, payload-checked; queues open on first use. */
  jobs: Enqueuer
  close(): Promise<void>
}

export type ContainerOverrides = {
  log?: Logger
  db?: Database
  now?: () => Date
  redisUrl?: string
}

/** Builds the container; tests hand in their own database, logger or clock. */
export async function createContainer(
  config: Config,
  overrides: ContainerOverrides = {},
): Promise<Container> {
  const log = overrides.log ?? createLogger(config.LOG_LEVEL)
  const policy = loadPolicy(config.POLICY_FILE)
  const forms = loadForms(config.FORMS_FILE, policy)
  const cipher = createCipher(resolveDataKey(config.DATA_KEY, config.DATA_DIR))
  const i18n = createI18n()
  const understanding = {
    model: createModel(config, log.child({ unit: 'model' })),
    matcher: loadMatcherData(),
    policy,
    log: log.child({ unit: 'understanding' }),
  }

  const db =
    overrides.db ??
    (await connectDatabase({
      url: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      onIdleError: (error) => log.warn({ err: error }, 'idle database connection lost'),
    }))
  const applied = await db.withSession((session) => applyMigrations(session))
  if (applied.length > 0) log.info({ applied }, 'database migrated')
  log.info({ database: db.kind, policy: policy.version }, 'ready')

  let redis: Redis | undefined
  const getRedis = () => {
    redis ??= connectRedis(overrides.redisUrl ?? config.REDIS_URL)
    return redis
  }
  const jobs = createEnqueuer(getRedis, config.QUEUE_PREFIX)
  const container: Container = {
    config,
    log,
    db,
    cipher,
    i18n,
    policy,
    forms,
    messenger: telegramMessenger(cipher, i18n),
    conversation: {
      cipher,
      policy,
      forms,
      i18n,
      now: overrides.now ?? (() => new Date()),
      understanding,
      casework: caseworkSettings(config),
    },
    redis: getRedis,
    jobs,
    async close() {
      await jobs.close()
      await redis?.quit()
      await db.close()
    },
  }
  container.conversation.campaigns = campaignDeps(container)
  return container
}
