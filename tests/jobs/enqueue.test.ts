import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { configSchema } from '../../src/core/config/schema.ts'
import { type Container, createContainer } from '../../src/core/container.ts'
import { createLogger } from '../../src/core/logger.ts'
import { defineJob } from '../../src/jobs/definition.ts'
import { startWorkers } from '../../src/jobs/start-workers.ts'
import { testDatabase } from '../support/database.ts'
import { testRedisUrl, uniquePrefix } from '../support/redis.ts'

describe('jobs added through the container', () => {
  let container: Container
  const seen: string[] = []
  const greet = defineJob({
    queue: 'test-greetings',
    name: 'greet',
    payload: z.object({ who: z.string().min(1) }),
    async process(job) {
      seen.push(job.data.who)
    },
  })

  beforeAll(async () => {
    const config = configSchema.parse({
      DATA_KEY: randomBytes(32).toString('base64'),
      REDIS_URL: await testRedisUrl(),
      QUEUE_PREFIX: uniquePrefix(),
    })
    container = await createContainer(config, {
      db: await testDatabase(),
      log: createLogger('silent'),
    })
  })
  afterAll(() => container.close())

  it('run once for one id, however often they are added', async () => {
    const { workers, stop } = startWorkers(container, [greet])
    const done = once(workers[0] as NonNullable<(typeof workers)[0]>, 'drained')
    await container.jobs.add(greet, { who: 'lao-zheng' }, { jobId: 'greet:lao-zheng' })
    await container.jobs.add(greet, { who: 'lao-zheng' }, { jobId: 'greet:lao-zheng' })
    await done
    await stop()
    expect(seen).toEqual(['lao-zheng'])
  })

  it('refuse a payload that does not match the job, before it reaches Redis', async () => {
    await expect(
      container.jobs.add(greet, { who: '' }, { jobId: 'greet:nobody' }),
    ).rejects.toThrow()
    expect(await container.jobs.queue('test-greetings').getJob('greet_nobody')).toBeUndefined()
  })
})
