import type { Queue } from 'bullmq'
import { deliverableAt, knownZone } from '../../core/reminders/quiet-hours.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { deliverDueRemindersJob } from './deliver-job.ts'

const CHUNK = 1000
/**
 * Delivery times are rounded up to this: a reminder waits at most this long
 * for its bucket's job, and an hour of reminders needs at most 14,400 jobs.
 */
const BUCKET_MS = 250

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
 * Gives unsent reminder rows their delivery time (`deliver_at`: quiet hours
 * push it to 08:00) and a BullMQ delayed job that fires then. One job per
 * BUCKET_MS of delivery time, its id the bucket's end, so adding one that
 * exists is a no-op and a pass adds hundreds of jobs for a hundred thousand
 * rows; the job delivers every row whose time has come. Delays come from
 * `now` (the caller's clock), never the wall. A row that is not yet
 * deliverable within the horizon waits for a later pass. Returns how many
 * rows were queued or confirmed.
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
      AND (r.queued_at IS NULL OR ${options.all ?? false} OR r.due_at <= ${lateBefore}::timestamp)`

  const ids: string[] = []
  const times: string[] = []
  const buckets = new Set<number>()
  for (const row of rows) {
    const at = deliverableAt(row.due_at, knownZone(row.timezone)).getTime()
    if (at > now.getTime() + horizonMs) continue
    if (row.queued_at && !options.all && at > now.getTime() - graceMs) continue
    ids.push(row.id)
    times.push(new Date(at).toISOString())
    // A row already late gets a bucket from now, not its own past one: a bucket job that
    // failed for good keeps its id in Redis, and re-adding it would then do nothing.
    buckets.add(Math.ceil(Math.max(at, now.getTime()) / BUCKET_MS) * BUCKET_MS)
  }
  if (ids.length === 0) return 0

  // Rows are marked, and their locks let go, before any job exists: a job firing at once must
  // find them, and a claim skips rows another statement holds. A crash before the jobs are
  // added leaves marked rows without a job, like a Redis restart: the start-up pass queues
  // every unsent row again, and a later pass any row still unsent past the grace.
  const at = options.now().toISOString()
  await prisma.$executeRaw`
    UPDATE reminders r SET deliver_at = t.at, queued_at = ${at}::timestamp
    FROM unnest(${ids}::text[], ${times}::timestamp[]) AS t(id, at)
    WHERE r.id = t.id`
  await addJobs(queue, [...buckets], options.now)
  return ids.length
}

async function addJobs(queue: Queue, buckets: number[], now: () => Date) {
  for (let start = 0; start < buckets.length; start += CHUNK) {
    const addedAt = now().getTime()
    await queue.addBulk(
      buckets.slice(start, start + CHUNK).map((at) => ({
        name: deliverDueRemindersJob.name,
        data: deliverDueRemindersJob.payload.parse({ at }),
        opts: {
          jobId: `due.${at}`,
          delay: Math.max(0, at - addedAt),
          attempts: 5,
          backoff: { type: 'exponential', delay: 2_000 },
          // Gone once done: the rows, not Redis, remember what was sent.
          removeOnComplete: true,
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      })),
    )
  }
}
