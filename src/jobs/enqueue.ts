import { type JobsOptions, Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import type { z } from 'zod'
import type { JobDefinition } from './definition.ts'

export type JobOptions = Pick<JobsOptions, 'delay' | 'priority'> & {
  /** Deterministic id: a second add with the same id is a no-op, so a retry never schedules twice. */
  jobId: string
}

/**
 * Adds jobs to their definition's queue, checking the payload first, with
 * retries and backoff by default. One BullMQ `Queue` per queue name, opened
 * on first use and closed by `close`.
 */
export function createEnqueuer(redis: () => Redis, prefix: string) {
  const queues = new Map<string, Queue>()

  function queueFor(name: string): Queue {
    let queue = queues.get(name)
    if (!queue) {
      queue = new Queue(name, { connection: redis(), prefix })
      queues.set(name, queue)
    }
    return queue
  }

  return {
    async add<Schema extends z.ZodType>(
      definition: JobDefinition<Schema>,
      payload: z.input<Schema>,
      options: JobOptions,
    ) {
      const data = definition.payload.parse(payload)
      // BullMQ refuses ids with ':' (its key separator).
      const jobId = options.jobId.replaceAll(':', '_')
      return queueFor(definition.queue).add(definition.name, data, {
        attempts: 5,
        backoff: { type: 'exponential', delay: 2_000 },
        removeOnComplete: { age: 7 * 24 * 3600 },
        removeOnFail: { age: 30 * 24 * 3600 },
        ...options,
        jobId,
      })
    },

    /** Removes a scheduled job that has not started, e.g. a reminder whose reason has gone. */
    async remove(definition: JobDefinition, jobId: string): Promise<void> {
      await queueFor(definition.queue).remove(jobId.replaceAll(':', '_'))
    },

    queue: queueFor,

    async close(): Promise<void> {
      await Promise.all([...queues.values()].map((queue) => queue.close()))
    },
  }
}

export type Enqueuer = ReturnType<typeof createEnqueuer>
