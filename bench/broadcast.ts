// npm run bench:broadcast [window-seconds] [--smoke]
// Two runs of a campaign broadcast, the job worker in its own process (`src/main.ts worker`,
// as `npm run worker` runs it) on real PostgreSQL and Redis, the Bot API stand-in here.
// 1. At the cap: the stand-in enforces 30 messages/s overall and 1/s per chat, 1% of chats
//    blocked the bot (403) and a 429 with retry_after is injected every 40 s; the messages the
//    stand-in accepted over the window are printed as a ratio of the cap. A 403 is a request
//    Telegram counts too, so the worker spends part of the 30/s on them, yet they are not
//    counted as sent: the figure can reach only about 0.99 (less the injected 429s' pauses).
// 2. The ceiling: the cap lifted, 50,000 workers; the time to serve them all.
// Both print duplicates (a chat sent the notice twice) and losses (a reachable chat never
// sent it, or a delivery left unsettled), which must be 0.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { composeBroadcast } from '../src/core/campaigns/compose-broadcast.ts'
import { broadcastProgress } from '../src/core/campaigns/progress.ts'
import { submitBroadcast } from '../src/core/campaigns/submit-broadcast.ts'
import { connectRedis } from '../src/core/queues/redis.ts'
import { broadcastStartJob } from '../src/jobs/broadcast-start.ts'
import { createEnqueuer } from '../src/jobs/enqueue.ts'
import { testDatabase } from '../tests/support/database.ts'
import { uniquePrefix } from '../tests/support/redis.ts'
import { BotApiServer } from '../tests/support/telegram/bot-api-server.ts'
import { TEST_TOKEN } from '../tests/support/telegram-harness.ts'
import { benchSize } from './args.ts'

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test'
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379'
const smoke = process.argv.includes('--smoke')
const windowSeconds = benchSize(120, 15)
const ceilingWorkers = smoke ? 5_000 : 50_000
const CAP = 30

type Outcome = { duplicates: number; losses: number; seconds: number; accepted: number }

/** Seeds workers, starts a worker process, sends one broadcast to all and waits for it. */
async function run(
  label: string,
  workers: number,
  api: BotApiServer,
  env: Record<string, string>,
  during: (startedAt: number) => void = () => {},
): Promise<Outcome> {
  const db = await testDatabase()
  const chats = Array.from({ length: workers }, (_, i) => 20_000_000 + i)
  for (let i = 0; i < workers; i += 5_000)
    await db.prisma.worker.createMany({
      data: chats.slice(i, i + 5_000).map((c) => ({
        channel: 'telegram',
        externalId: String(c),
        alias: `b${c}`,
      })),
    })
  const blocked = chats.filter((_, i) => i % 100 === 99)
  for (const chatId of blocked) api.blockChat(chatId)

  const broadcast = await db.prisma.$transaction(async (tx) => {
    const draft = await composeBroadcast(tx, {
      kind: 'campaign',
      body: '送清凉：高温慰问品发放通知',
      segment: {},
      createdBy: 'bench',
    })
    await submitBroadcast(tx, { broadcastId: draft.id, recipients: workers, approvalOver: 1e9 })
    return draft
  })

  const prefix = uniquePrefix()
  const worker = startWorker({ ...env, DATABASE_URL: db.url as string, QUEUE_PREFIX: prefix }, api)
  const redis = connectRedis(process.env.REDIS_URL as string)
  const jobs = createEnqueuer(() => redis, prefix)
  const started = performance.now()
  await jobs.add(broadcastStartJob, { broadcastId: broadcast.id }, { jobId: `bb:${broadcast.id}` })
  during(Date.now())

  let remaining = workers
  while (remaining > 0) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    const progress = await broadcastProgress(db.prisma, broadcast.id)
    remaining = progress.total === 0 ? workers : progress.remaining
  }
  const seconds = (performance.now() - started) / 1000

  const exited = once(worker, 'exit')
  worker.kill('SIGTERM')
  await exited
  await jobs.close()
  await redis.quit()

  const reachable = chats.filter((_, i) => i % 100 !== 99)
  const duplicates = chats.filter((c) => api.messages(c).length > 1).length
  const unsent = reachable.filter((c) => api.messages(c).length === 0).length
  const unsettled = await db.prisma.broadcastDelivery.count({
    where: { broadcastId: broadcast.id, status: { notIn: ['sent', 'blocked'] } },
  })
  await db.close()
  console.log(`${label}: ${workers} workers, ${blocked.length} blocked the bot`)
  return { duplicates, losses: unsent + unsettled, seconds, accepted: api.stats().accepted }
}

function startWorker(env: Record<string, string>, api: BotApiServer): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'worker'], {
    env: {
      ...process.env,
      ...env,
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      DATA_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
}

console.log(
  `bench:broadcast — window ${windowSeconds} s at ${CAP}/s, ceiling ${ceilingWorkers} workers`,
)

// 1. At the cap. Enough recipients to outlast the window; the rate is read inside it.
const capped = await BotApiServer.start({ ratePerSecond: CAP, perChatPerSecond: 1 })
const timers: NodeJS.Timeout[] = []
// One 429 every 40 s (mid-window in a short run), as Telegram's flood control would.
const every = Math.min(40, Math.ceil(windowSeconds / 2))
const first = await run('at the cap', Math.ceil(CAP * windowSeconds * 1.1), capped, {}, () => {
  for (let at = every; at < windowSeconds; at += every)
    timers.push(
      setTimeout(() => capped.failNext('sendMessage', { code: 429, retryAfter: 1 }), at * 1000),
    )
})
for (const timer of timers) clearTimeout(timer)
const stats = capped.stats()
const inWindow = stats.perSecond.slice(0, windowSeconds).reduce((sum, n) => sum + n, 0)
const ratio = inWindow / (CAP * windowSeconds)
const sends = capped.calls('sendMessage')
const firstAt = sends.find((call) => call.reply.ok)?.time ?? 0
const refused = sends.filter(
  (call) =>
    !call.reply.ok &&
    call.reply.error_code === 403 &&
    call.time >= firstAt &&
    call.time < firstAt + windowSeconds * 1000,
).length
await capped.close()
console.log(
  `  achieved ${(inWindow / windowSeconds).toFixed(2)} msg/s accepted over the first ${windowSeconds} s = ${ratio.toFixed(3)} of the cap`,
)
console.log(
  `  403s count toward the cap (Telegram counts requests) but not as sent: with the ${refused} in the window, ${((inWindow + refused) / (CAP * windowSeconds)).toFixed(3)} of the cap was used`,
)
console.log(
  `  429s ${stats.tooManyRequests} (injected ${Math.ceil(windowSeconds / every) - 1}), 403s ${stats.forbidden}, peak ${stats.peakPerSecond}/s in any second`,
)
console.log(`  duplicates ${first.duplicates}, losses ${first.losses}`)

// 2. The ceiling: no cap, large jobs, many at once.
const open = await BotApiServer.start()
const second = await run('cap lifted', ceilingWorkers, open, {
  BROADCAST_RATE_PER_SECOND: '0',
  BROADCAST_CHUNK: '100',
  BROADCAST_CONCURRENCY: '10',
})
const openStats = open.stats()
await open.close()
console.log(
  `  served in ${second.seconds.toFixed(1)} s (start job to last delivery settled) = ${(ceilingWorkers / second.seconds).toFixed(0)} msg/s; sending alone ${openStats.achievedPerSecond.toFixed(0)} msg/s`,
)
console.log(`  duplicates ${second.duplicates}, losses ${second.losses}`)
if (first.duplicates + first.losses + second.duplicates + second.losses > 0) process.exit(1)
