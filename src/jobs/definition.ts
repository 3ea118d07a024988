import type { Job, WorkerOptions } from 'bullmq'
import type { z } from 'zod'
import type { Config } from '../core/config/schema.ts'
import type { Container } from '../core/container.ts'

/** What every processor gets besides its job: the container and a clock. */
export type JobDeps = {
  container: Container
  now: () => Date
  /** The worker's lock on the job, for `moveToDelayed` and the like. */
  token?: string
}

/**
 * One kind of job: its queue, a zod schema for its payload (checked when the
 * job is added and again when it runs), and a plain processor function that
 * tests call directly. Throw BullMQ's UnrecoverableError for failures that a
 * retry cannot fix; anything else is retried with backoff.
 */
export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  queue: string
  name: string
  payload: Schema
  process(job: Job<z.infer<Schema>>, deps: JobDeps): Promise<unknown>
  /** Worker settings for this definition's queue (a rate limiter, concurrency). */
  worker?: (config: Config) => Partial<WorkerOptions>
}

export function defineJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
): JobDefinition<Schema> {
  return definition
}
