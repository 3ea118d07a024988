// npm run bench:reminders [count | --smoke] [--rate=<per second>]
// Schedules many idle-draft reminders, lets them fall due, and follows them to the Bot API
// stand-in: the worker role and the bot run as processes of their own (`src/main.ts worker`,
// `src/main.ts bot`) on real PostgreSQL and Redis, as in production.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { configSchema } from '../src/core/config/schema.ts'
import { createContainer } from '../src/core/container.ts'
import { createLogger } from '../src/core/logger.ts'
import { reconcileReminders } from '../src/jobs/reminders/reconcile.ts'
import { middayZone, seedIdleDrafts } from '../tests/jobs/reminders/seed.ts'
import { testDatabase } from '../tests/support/database.ts'
import { testRedisUrl, uniquePrefix } from '../tests/support/redis.ts'
import { BotApiServer } from '../tests/support/telegram/bot-api-server.ts'
import { TEST_TOKEN } from '../tests/support/telegram-harness.ts'
import { benchSize } from './args.ts'
import { ms, percentile } from './stats.ts'

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test'
const count = benchSize(100_000, 3_000)
const rateArg = process.argv.find((arg) => arg.startsWith('--rate='))
/** The stand-in's overall cap: Telegram's for paid broadcasts (30/s without them). */
const CAP = 1000
/** The worker's send pacer, a margin under the cap: reminders reach the outbox no faster. */
const PACE = Math.floor(CAP * 0.9)
/**
 * Reminders falling due per second, by default what this 2-core machine delivers end to end
 * without a growing backlog: past about 250/s the bot's outbox sweep falls behind, not the worker.
 */
const rate = Number(rateArg?.split('=')[1] ?? 200)
if (rate > PACE) console.warn(`--rate=${rate} is over the pacer's ${PACE}/s: a backlog grows`)
/** Time from seeding to the first due reminder: room for the scheduling pass. */
const LEAD_MS = 20_000 + count / 4
const FIRST_CHAT = 50_000_000
const HOUR = 3600 * 1000

const api = await BotApiServer.start({ ratePerSecond: CAP, perChatPerSecond: 1 })
const db = await testDatabase()
const redisUrl = await testRedisUrl()
const env = {
  DATABASE_URL: db.url ?? '',
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: uniquePrefix(),
  DATA_KEY: randomBytes(32).toString('base64'),
  TELEGRAM_BOT_TOKEN: TEST_TOKEN,
  TELEGRAM_API_ROOT: api.apiRoot,
  OUTBOX_SWEEP_MS: '100',
  REMINDER_HORIZON_MS: String(24 * HOUR),
  BROADCAST_RATE_PER_SECOND: String(PACE),
  LOG_LEVEL: 'warn',
}
const container = await createContainer(configSchema.parse(env), { log: createLogger('warn') })
const redis = new Redis(redisUrl)
const children: ChildProcess[] = []
const role = (name: string) => {
  const profile =
    process.env.BENCH_PROFILE === name ? ['--cpu-prof', '--cpu-prof-dir=/tmp/bft-prof'] : []
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts', name], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  children.push(child)
  return child
}
const queue = new Queue('reminders', { connection: redis, prefix: env.QUEUE_PREFIX })
const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1])

console.log(
  `bench:reminders — ${count} reminders due at ${rate}/s; worker and bot in their own processes`,
)
// Interrupted, the run still takes its child processes down with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    for (const child of children) child.kill('SIGKILL')
    process.exit(130)
  })

try {
  role('bot')
  role('worker')
  await api.waitFor(() => api.calls('getUpdates').length > 0, { timeoutMs: 60_000 })
  await waitUntil(async () => (await queue.getJobSchedulers()).length > 0, 60_000)

  // Every draft was last touched 24 h before its reminder falls due, LEAD_MS from now on.
  const firstDue = Date.now() + LEAD_MS
  const dueOf = (i: number) => firstDue + Math.floor((i * 1000) / rate)
  await seedIdleDrafts(db, {
    count,
    firstChat: FIRST_CHAT,
    idleSince: (i) => new Date(dueOf(i) - 24 * HOUR),
    zone: middayZone(),
  })
  const memoryBefore = await usedMemory()

  const scheduling = performance.now()
  const { queued, planned, planMs, queueMs } = await reconcileReminders({
    container,
    now: () => new Date(),
  })
  const schedulingMs = performance.now() - scheduling
  let memoryPeak = await usedMemory()
  const jobs = await queue.getJobCountByTypes('delayed', 'wait', 'active', 'prioritized')
  console.log(
    `scheduled:          ${queued} reminders as ${jobs} delayed jobs in ${(schedulingMs / 1000).toFixed(2)} s (${planned} rows planned in PostgreSQL ${(planMs / 1000).toFixed(2)} s, queued in PostgreSQL and BullMQ ${(queueMs / 1000).toFixed(2)} s)`,
  )
  if (Date.now() > firstDue) console.warn('scheduling overran the lead: lateness is inflated')

  const lastDue = dueOf(count - 1)
  let delivered = 0
  let progressAt = Date.now()
  // Past the last due time, keep waiting while deliveries still arrive (a backlog drains).
  while (delivered < count && (Date.now() < lastDue + 10_000 || Date.now() - progressAt < 30_000)) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    memoryPeak = Math.max(memoryPeak, await usedMemory())
    const now = api.calls('sendMessage').filter((call) => call.reply.ok).length
    if (now > delivered) progressAt = Date.now()
    delivered = now
  }
  await new Promise((resolve) => setTimeout(resolve, 2000))

  const lateness: number[] = []
  let duplicates = 0
  let lost = 0
  let firstAt = Number.POSITIVE_INFINITY
  let lastAt = 0
  for (let i = 0; i < count; i++) {
    const messages = api.messages(FIRST_CHAT + i)
    if (messages.length === 0) lost++
    duplicates += Math.max(0, messages.length - 1)
    const first = messages[0]
    if (!first) continue
    lateness.push(first.time - dueOf(i))
    firstAt = Math.min(firstAt, first.time)
    lastAt = Math.max(lastAt, first.time)
  }
  const seconds = (lastAt - firstAt) / 1000
  const [outbox] = await db.withSession((session) =>
    session.query<{ p50: number; p99: number; unsent: number }>(
      `SELECT (SELECT count(*) FROM reminders WHERE sent_at IS NULL AND stage = 1)::int AS unsent,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at)) AS p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at)) AS p99
       FROM reminders WHERE sent_at IS NOT NULL`,
    ),
  )

  console.log(
    `delivered:          ${count - lost} in ${seconds.toFixed(1)} s = ${((count - lost) / seconds).toFixed(0)}/s to the Bot API stand-in (cap ${CAP}/s)`,
  )
  console.log(
    `lateness p50 / p99: ${ms(percentile(lateness, 50))} / ${ms(percentile(lateness, 99))}   max ${ms(Math.max(...lateness))}   (received − due)`,
  )
  console.log(
    `  of which to the outbox: ${ms(1000 * Number(outbox?.p50))} / ${ms(1000 * Number(outbox?.p99))}   (sent_at − due, worker process)`,
  )
  console.log(
    `Redis used_memory:  ${mb(memoryPeak)} peak, ${mb(memoryPeak - memoryBefore)} above the ${mb(memoryBefore)} before scheduling (a shared Redis)`,
  )
  console.log(
    `exactly once:       ${duplicates} duplicates, ${lost} not delivered when the run stopped (${outbox?.unsent} of them not yet sent by the worker)`,
  )
  if (duplicates > 0 || lost > 0) process.exitCode = 1
} finally {
  for (const child of children) {
    if (child.exitCode !== null) continue
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    await exited
  }
  await queue.obliterate({ force: true })
  await queue.close()
  await container.close()
  redis.disconnect()
  await api.close()
  await db.close()
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not ready after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
