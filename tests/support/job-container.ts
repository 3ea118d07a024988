import { randomBytes } from 'node:crypto'
import type { Job } from 'bullmq'
import { configSchema } from '../../src/core/config/schema.ts'
import { type Container, createContainer } from '../../src/core/container.ts'
import { createLogger } from '../../src/core/logger.ts'
import { testDatabase } from './database.ts'
import { testRedisUrl, uniquePrefix } from './redis.ts'

/** A container on a database and BullMQ prefix of the test's own, with a clock the test moves. */
export async function jobContainer(env: Record<string, string> = {}) {
  const clock = { now: new Date('2026-07-01T02:00:00Z') }
  const config = configSchema.parse({
    DATA_KEY: randomBytes(32).toString('base64'),
    REDIS_URL: await testRedisUrl(),
    QUEUE_PREFIX: uniquePrefix(),
    LOG_LEVEL: 'silent',
    ...env,
  })
  const container: Container = await createContainer(config, {
    db: await testDatabase(),
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    now: () => clock.now,
  })
  return { container, clock, now: () => clock.now }
}

/** Workers with Telegram chats numbered from `firstChat`. */
export async function seedWorkers(
  container: Container,
  count: number,
  firstChat = 500_000,
): Promise<{ id: string; chatId: number }[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    channel: 'telegram',
    externalId: String(firstChat + i),
    alias: `w${i}`,
  }))
  await container.db.prisma.worker.createMany({ data: rows })
  const workers = await container.db.prisma.worker.findMany({
    where: { externalId: { in: rows.map((row) => row.externalId) } },
  })
  return workers
    .map((worker) => ({ id: worker.id, chatId: Number(worker.externalId) }))
    .sort((a, b) => a.chatId - b.chatId)
}

/** A job as BullMQ hands it to a processor, for calling processors directly. */
export function jobOf<T>(data: T): Job<T> {
  return { data, id: 'test', name: 'test' } as unknown as Job<T>
}
