import type { Queue } from 'bullmq'
import { deliverableAt, knownZone } from '../../core/reminders/quiet-hours.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { deliverReminderJob } from './deliver-job.ts'

const CHUNK = 1000
const PARALLEL = 8

export type QueueDueOptions = {
  /** The caller's clock, read again for each batch so a slow pass does not make jobs late. */
  now: () => Date
  /** Rows deliverable within this much of `now` get a (delayed) job. */
  horizonMs: number
  /** A queued row still unsent this long after it was deliverable is queued again (its job was lost). */
  graceMs: number
  /** Queue every unsent row in the horizon, queued before or not (start-up, Redis came back). */
  all?: boolean
}

type Row = { id: string; due_at: Date; queued_at: Date | null; timezone: string }

/**
 * Turns unsent reminder rows into BullMQ delayed jobs whose id is the row's
 * id, so adding one that exists is a no-op. Delays come from `now` (the
 * caller's clock), never the wall. Quiet hours push the job to 08:00; a row
 * that is not yet deliverable within the horizon waits for a later pass.
 * Returns how many jobs were added or confirmed.
 */
export async function queueDueReminders(
  prisma: PrismaClient,
  queue: Queue,
  options: QueueDueOptions,
): Promise<number> {
  const { horizonMs, graceMs } = options
  const now = options.now()
  const until = new Date(now.getTime() + horizonMs).toISOString()
  const lateBefore = new Date(now.getTime() - graceMs).toISOString()
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT r.id, r.due_at, r.queued_at, w.timezone
    FROM reminders r JOIN workers w ON w.id = r.worker_id
    WHERE r.sent_at IS NULL AND r.dropped_at IS NULL AND r.due_at <= ${until}::timestamp
      AND (r.queued_at IS NULL OR ${options.all ?? false} OR r.due_at <= ${lateBefore}::timestamp)
    ORDER BY r.due_at`

  const jobs = rows.flatMap((row) => {
    const at = deliverableAt(row.due_at, knownZone(row.timezone))
    if (at.getTime() > now.getTime() + horizonMs) return []
    if (row.queued_at && !options.all && at.getTime() > now.getTime() - graceMs) return []
    return [{ id: row.id, at: at.getTime() }]
  })

  const chunks: (typeof jobs)[] = []
  for (let start = 0; start < jobs.length; start += CHUNK)
    chunks.push(jobs.slice(start, start + CHUNK))
  // A few batches in flight keep Redis busy without one huge pipeline.
  for (let next = 0; next < chunks.length; next += PARALLEL)
    await Promise.all(
      chunks.slice(next, next + PARALLEL).map((chunk) => addJobs(queue, chunk, options.now)),
    )

  // Marked after the jobs exist: a crash in between only adds them again, which is a no-op.
  const at = options.now().toISOString()
  const ids = jobs.map((job) => job.id)
  if (ids.length > 0)
    await prisma.$executeRaw`UPDATE reminders SET queued_at = ${at}::timestamp WHERE id = ANY(${ids}::text[])`
  return jobs.length
}

async function addJobs(queue: Queue, chunk: { id: string; at: number }[], now: () => Date) {
  const addedAt = now().getTime()
  await queue.addBulk(
    chunk.map((job) => ({
      name: deliverReminderJob.name,
      data: deliverReminderJob.payload.parse({ reminderId: job.id }),
      opts: {
        jobId: job.id,
        delay: Math.max(0, job.at - addedAt),
        attempts: 5,
        backoff: { type: 'exponential', delay: 2_000 },
        // Gone once done: the row, not Redis, remembers what was sent.
        removeOnComplete: true,
        removeOnFail: { age: 30 * 24 * 3600 },
      },
    })),
  )
}
