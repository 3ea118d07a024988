import { z } from 'zod'

const optionalUrl = z.url().optional()
/** A comma-separated list of Slack ids (users U…/W…), empty when unset. */
const slackIds = (pattern: RegExp) =>
  z
    .string()
    .default('')
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(pattern, 'must be Slack ids separated by commas')))

/** An IANA time zone the runtime knows, so a typo stops start-up instead of a caseworker hand-off. */
const timeZone = z
  .string()
  .min(1)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'is not a time zone: use a name such as Asia/Shanghai')

/** Every setting the service reads, with its default. Parsed once at start-up. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: optionalUrl,
  DATA_DIR: z.string().min(1).default('.data'),
  DATA_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional(),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  /** Namespace of every BullMQ key, so several deployments can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[\w-]+$/)
    .default('bft'),
  POLICY_FILE: z.string().min(1).default('data/policy/policy.json'),
  /** Application forms: documents, own questions and review chain per programme. */
  FORMS_FILE: z.string().min(1).default('data/policy/forms.json'),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'looks wrong: copy the whole token @BotFather gave you')
    .optional(),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  WEBHOOK_URL: optionalUrl,
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{16,256}$/, 'must be 16-256 letters, digits, _ or -')
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  DEFAULT_LOCALE: z.enum(['zh-CN', 'en']).default('zh-CN'),
  UPDATE_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(64),
  /** How often the bot sends messages other processes queued for workers (jobs, caseworkers). */
  OUTBOX_SWEEP_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  /** Free-text understanding by any OpenAI-compatible service; without a key the built-in matcher reads messages. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** Per request; the call runs inside the update's 15 s transaction, so it stays well under that. */
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(12_000).default(6_000),
  /** Retries inside a worker's turn; 0 lets the matcher answer at once when the model fails. */
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(1).default(0),
  /** Reminder jobs are put in Redis this long before they fall due; the rest wait in PostgreSQL. */
  REMINDER_HORIZON_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** How often reminder rows are planned and queued (a BullMQ job scheduler). */
  REMINDER_RECONCILE_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** Broadcasts and reminders share it: Telegram allows 30 messages a second in all; 0 lifts the cap (benchmarks only). */
  BROADCAST_RATE_PER_SECOND: z.coerce.number().min(0).max(1000).default(30),
  /** Recipients per send job; one job's messages go out together, so keep it small under a cap. */
  BROADCAST_CHUNK: z.coerce.number().int().min(1).max(500).default(5),
  /** Send jobs run at once per worker process. */
  BROADCAST_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(8),
  /** A send job's lock: after a crash its range is taken up again within about this long. */
  BROADCAST_LOCK_MS: z.coerce.number().int().min(1_000).max(300_000).default(15_000),
  /** A broadcast to more workers than this waits for a second admin's approval. */
  BROADCAST_APPROVAL_OVER: z.coerce.number().int().min(0).default(1000),
  /** How often an admin's progress message is brought up to date. */
  BROADCAST_PROGRESS_MS: z.coerce.number().int().min(200).max(600_000).default(10_000),
  /** Telegram chat ids (comma-separated) allowed to send broadcasts with /broadcast. */
  BROADCAST_ADMINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  /** Caseworkers in Slack (the `slack` role): Bolt over HTTP, or Socket Mode when SLACK_APP_TOKEN is set. */
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, 'must be a bot token (xoxb-…)')
    .optional(),
  SLACK_SIGNING_SECRET: z.string().min(8).optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must be an app-level token (xapp-…)')
    .optional(),
  /** Web API base; tests point it at a local stand-in. Keep the trailing slash. */
  SLACK_API_URL: z.url().default('https://slack.com/api/'),
  SLACK_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The channel where case cards are posted (C… or G…). */
  SLACK_CASEWORKER_CHANNEL: z
    .string()
    .regex(/^[CG][A-Z0-9]+$/)
    .optional(),
  /** Who may act on cases: these user ids, and the members of SLACK_CASEWORKER_GROUP. */
  SLACK_CASEWORKERS: slackIds(/^[UW][A-Z0-9]+$/),
  SLACK_CASEWORKER_GROUP: z
    .string()
    .regex(/^S[A-Z0-9]+$/)
    .optional(),
  SLACK_ADMINS: slackIds(/^[UW][A-Z0-9]+$/),
  /** How often the slack role posts what workers sent and updates cards. */
  SLACK_SWEEP_MS: z.coerce.number().int().min(20).max(60_000).default(500),
  /** An unclaimed case is announced again after this long; urgent ones after the second. */
  CASE_SLA_MINUTES: z.coerce.number().int().min(1).max(10_080).default(30),
  CASE_URGENT_SLA_MINUTES: z.coerce.number().int().min(1).max(10_080).default(5),
  /** Caseworkers' hours, e.g. 09:00-18:00 on days 1-5 (Monday to Friday), in OFFICE_TIMEZONE. */
  OFFICE_HOURS: z
    .string()
    .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'must look like 09:00-18:00')
    .default('09:00-18:00'),
  OFFICE_DAYS: z
    .string()
    .regex(/^[1-7]-[1-7]$/, 'must look like 1-5 (Monday to Friday)')
    .default('1-5'),
  OFFICE_TIMEZONE: timeZone.default('Asia/Shanghai'),
  /** Told at once to a worker whose words suggest crisis or danger. */
  CRISIS_HOTLINE: z.string().min(3).max(200).default('12356（心理援助热线）/ 110 / 120'),
})

export type Config = z.infer<typeof configSchema>
