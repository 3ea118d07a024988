import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { composeBroadcast } from '../../src/core/campaigns/compose-broadcast.ts'
import { submitBroadcast } from '../../src/core/campaigns/submit-broadcast.ts'
import { connectDatabase, type Database } from '../../src/core/db/connect.ts'
import { applyMigrations } from '../../src/core/db/migrate.ts'
import { connectRedis } from '../../src/core/queues/redis.ts'
import { broadcastStartJob } from '../../src/jobs/broadcast-start.ts'
import { createEnqueuer } from '../../src/jobs/enqueue.ts'
import { testDatabase } from '../support/database.ts'
import { testRedisUrl, uniquePrefix } from '../support/redis.ts'
import { BotApiServer } from '../support/telegram/bot-api-server.ts'
import { TEST_TOKEN } from '../support/telegram-harness.ts'
import { workerProcesses } from '../support/worker-process.ts'

const RECIPIENTS = 150
const CHUNK = 5
const BLOCKED = [3, 77, 140]
const ADMIN_CHAT = 42

let api: BotApiServer
const sends = () => api.calls('sendMessage').filter((call) => call.chatId !== ADMIN_CHAT)
let env: Record<string, string>
let openDb: () => Promise<Database>
let dropDb: () => Promise<void>
const workers = workerProcesses()

beforeAll(async () => {
  // No flood control here: a 429's retry would make a job send fewer than CHUNK, and the
  // kill below relies on every job sending exactly CHUNK (broadcast.test.ts covers 429s).
  api = await BotApiServer.start()
  const pg = process.env.DATABASE_URL ? await testDatabase() : undefined
  const dataDir = mkdtempSync(join(tmpdir(), 'bft-broadcast-crash-'))
  // PGlite is one process's database: the test opens it only while the worker is down.
  openDb = async () => {
    if (pg) return { ...pg, close: async () => {} }
    const db = await connectDatabase({ dataDir })
    await db.withSession((session) => applyMigrations(session))
    return db
  }
  dropDb = async () => pg?.close()
  env = {
    ...(pg?.url ? { DATABASE_URL: pg.url } : { DATA_DIR: dataDir }),
    REDIS_URL: await testRedisUrl(),
    QUEUE_PREFIX: uniquePrefix(),
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    BROADCAST_CHUNK: String(CHUNK),
    BROADCAST_CONCURRENCY: '1',
    BROADCAST_LOCK_MS: '2000',
    BROADCAST_PROGRESS_MS: '500',
  }
})

afterAll(async () => {
  workers.killAll()
  await api.close()
  await dropDb()
})

async function seedBroadcast(): Promise<{ broadcastId: string; chats: number[] }> {
  const db = await openDb()
  const chats = Array.from({ length: RECIPIENTS }, (_, i) => 9_100_000 + i)
  await db.prisma.worker.createMany({
    data: chats.map((chatId, i) => ({
      channel: 'telegram',
      externalId: String(chatId),
      alias: `c${i}`,
    })),
  })
  const broadcast = await db.prisma.$transaction(async (tx) => {
    const draft = await composeBroadcast(tx, {
      kind: 'campaign',
      body: '送温暖：慰问金发放通知',
      segment: {},
      createdBy: 'telegram:42',
      progressRef: { channel: 'telegram', chatId: ADMIN_CHAT },
    })
    await submitBroadcast(tx, { broadcastId: draft.id, recipients: RECIPIENTS, approvalOver: 1e6 })
    return draft
  })
  await db.close()
  return { broadcastId: broadcast.id, chats }
}

describe('a broadcast whose worker process is killed halfway', () => {
  it('finishes after a restart with every recipient served once', async () => {
    const { broadcastId, chats } = await seedBroadcast()
    for (const i of BLOCKED) api.blockChat(chats[i] as number)
    const redis = connectRedis(env.REDIS_URL as string)
    const jobs = createEnqueuer(() => redis, env.QUEUE_PREFIX as string)
    await jobs.add(broadcastStartJob, { broadcastId }, { jobId: `bb:${broadcastId}` })

    let worker = workers.start(env)
    // Each send job makes exactly CHUNK calls. When the 60th arrives, its job's
    // calls have all arrived; holding the replies keeps the job mid-send, so the
    // kill lands with its five rows claimed and unsettled.
    await api.waitFor(
      () => {
        if (sends().length < 60) return false
        api.hang('sendMessage', 60_000)
        return true
      },
      { timeoutMs: 60_000 },
    )
    const exited = once(worker, 'exit')
    worker.kill('SIGKILL')
    await exited
    api.hang('sendMessage', 0)
    expect(sends()).toHaveLength(60)

    worker = workers.start(env)
    await api.waitFor(() => api.messages(ADMIN_CHAT).some((m) => m.text?.includes('已完成')), {
      timeoutMs: 90_000,
    })
    const stopped = once(worker, 'exit')
    worker.kill('SIGTERM')
    await stopped
    await jobs.close()
    await redis.quit()

    const reached = chats.filter((_, i) => !BLOCKED.includes(i))
    for (const chatId of reached) expect(api.messages(chatId)).toHaveLength(1)
    expect(api.duplicates().count).toBe(0)
    expect(sends()).toHaveLength(RECIPIENTS)

    const db = await openDb()
    const rows = await db.prisma.broadcastDelivery.groupBy({
      by: ['status'],
      where: { broadcastId },
      _count: true,
    })
    await db.close()
    const counts = Object.fromEntries(rows.map((row) => [row.status, row._count]))
    // The five in flight at the kill were shown; they are reported as uncertain, never resent.
    expect(counts.uncertain).toBe(CHUNK)
    expect((counts.sent ?? 0) + (counts.blocked ?? 0)).toBe(RECIPIENTS - CHUNK)
  }, 180_000)
})
