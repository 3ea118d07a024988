import { type Job, UnrecoverableError, Worker } from 'bullmq'
import type { Container } from '../core/container.ts'
import { jobDefinitions } from './all.ts'
import type { JobDefinition } from './definition.ts'

/**
 * One BullMQ worker per queue, dispatching by job name. Payloads are checked
 * again on read, since a job may have been added by an older deploy. Returns
 * a stop function that lets running jobs finish (BullMQ's graceful close).
 */
export function startWorkers(
  container: Container,
  definitions = jobDefinitions,
  now = () => new Date(),
) {
  const queues = [...new Set(definitions.map((definition) => definition.queue))]
  const workers = queues.map((queue) => {
    const list = definitions.filter((definition) => definition.queue === queue)
    const byName = new Map(list.map((definition) => [definition.name, definition]))
    const tuned = list.find((definition) => definition.worker)?.worker?.(container.config)
    return new Worker(queue, (job: Job, token?: string) => run(byName.get(job.name), job, token), {
      connection: container.redis().duplicate(),
      prefix: container.config.QUEUE_PREFIX,
      concurrency: 16,
      ...tuned,
    })
  })

  async function run(
    definition: JobDefinition | undefined,
    job: Job,
    token: string | undefined,
  ): Promise<unknown> {
    if (!definition) throw new UnrecoverableError(`no processor for job "${job.name}"`)
    const parsed = definition.payload.safeParse(job.data)
    if (!parsed.success)
      throw new UnrecoverableError(
        `job "${job.name}" has an invalid payload: ${parsed.error.message}`,
      )
    return definition.process(job, token ? { container, now, token } : { container, now })
  }

  for (const worker of workers) {
    worker.on('failed', (job, error) =>
      container.log.warn({ jobId: job?.id, queue: worker.name, err: error }, 'job failed'),
    )
  }
  return {
    workers,
    stop: () => Promise.all(workers.map((worker) => worker.close())).then(() => undefined),
  }
}
