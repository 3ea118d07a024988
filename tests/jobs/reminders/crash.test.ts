import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabase } from '../../support/database.ts'
import { testRedisUrl, uniquePrefix } from '../../support/redis.ts'
import { workerProcesses } from '../../support/worker-process.ts'
import { middayZone, seedIdleDrafts } from './seed.ts'
import { until } from './support.ts'

const DRAFTS = 2000
const HOUR = 3600 * 1000

// PGlite is one process's database: the worker role as a process of its own needs PostgreSQL.
describe.skipIf(!process.env.DATABASE_URL)('a worker process killed mid-run', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>
  let env: Record<string, string>
  const workers = workerProcesses()

  beforeAll(async () => {
    db = await testDatabase()
    env = {
      DATABASE_URL: db.url ?? '',
      REDIS_URL: await testRedisUrl(),
      QUEUE_PREFIX: uniquePrefix(),
      DATA_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
      // What is under test is the restart, not Telegram's pace: 2,000 at 30/s would take a minute.
      BROADCAST_RATE_PER_SECOND: '300',
    }
  })

  afterAll(async () => {
    workers.killAll()
    await db.close()
  })

  async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
    if (child.exitCode !== null) return child.exitCode
    const exited = once(child, 'exit')
    child.kill(signal)
    const [code] = (await exited) as [number | null]
    return code
  }

  const sent = () => db.prisma.reminder.count({ where: { sentAt: { not: null } } })

  it('sends no reminder twice and loses none after a restart', async () => {
    await seedIdleDrafts(db, {
      count: DRAFTS,
      firstChat: 9_000_000,
      idleSince: () => new Date(Date.now() - 25 * HOUR),
      zone: middayZone(),
    })

    let worker = workers.start(env)
    await until(async () => (await sent()) >= DRAFTS * 0.2, 60_000)
    await stop(worker, 'SIGKILL')
    const sentAtKill = await sent()
    expect(sentAtKill).toBeLessThan(DRAFTS)

    worker = workers.start(env)
    // A job the killed process held is retried once BullMQ sees its lock lapse (about 30 s).
    await until(async () => (await sent()) === DRAFTS, 150_000)
    expect(await stop(worker, 'SIGTERM')).toBe(0)

    const messages = await db.prisma.outboundMessage.groupBy({ by: ['chatKey'], _count: true })
    expect(messages).toHaveLength(DRAFTS)
    expect(messages.every((chat) => chat._count === 1)).toBe(true)
    expect(await db.prisma.reminder.count({ where: { droppedAt: { not: null } } })).toBe(0)
  }, 240_000)
})
