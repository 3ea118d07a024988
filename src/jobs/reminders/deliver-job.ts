import { z } from 'zod'
import type { Container } from '../../core/container.ts'
import { deliverDueReminders, deliverReminder } from '../../core/reminders/deliver.ts'
import { countDueReminders } from '../../core/reminders/load.ts'
import { defineJob } from '../definition.ts'
import { pacerFor } from '../send-pacer.ts'

/** Reminders claimed per transaction. */
const BATCH = 100

/**
 * Delivers one reminder row; the job id is the row's id. Passes no longer
 * add these (see `deliverDueRemindersJob`); kept for jobs already in Redis.
 */
export const deliverReminderJob = defineJob({
  queue: 'reminders',
  name: 'deliver',
  payload: z.object({ reminderId: z.string().min(1) }),
  process(job, { container, now }) {
    const { db, messenger, policy, forms } = container
    return deliverReminder(
      { prisma: db.prisma, messenger, policy, forms, now },
      job.data.reminderId,
    )
  },
})

/**
 * Fires when a bucket of delivery times ends (`at`, also in its id) and
 * delivers every reminder whose time has come, a batch per transaction,
 * until none is left. Each batch first takes its places from the process's
 * send pacer: Telegram's cap counts every message the bot sends, so a
 * morning's worth of reminders released at 08:00 reaches the outbox no
 * faster than BROADCAST_RATE_PER_SECOND. The wait comes before the batch's
 * transaction, not inside it: held open, it would keep a connection (PGlite's
 * only one) from the bot's sweep, which would then send two batches at once.
 */
export const deliverDueRemindersJob = defineJob({
  queue: 'reminders',
  name: 'deliver-due',
  payload: z.object({ at: z.number().int() }),
  process(_job, { container, now }) {
    // One delivering loop at a time in a process, the others queued behind it: a batch already
    // does a hundred reminders, and batches interleaved on one event loop only stretch each
    // transaction, under load past Prisma's 5-second limit, so that none commits. A job that
    // waited finds what the loop before it left, so nothing due is skipped.
    const previous = running.get(container) ?? Promise.resolve()
    const mine = previous.catch(() => undefined).then(() => deliverAllDue(container, now))
    running.set(container, mine)
    return mine
  },
})

const running = new WeakMap<Container, Promise<unknown>>()

async function deliverAllDue(container: Container, now: () => Date) {
  const { db, messenger, policy, forms } = container
  const pacer = pacerFor(container)
  const rate = Math.floor(container.config.BROADCAST_RATE_PER_SECOND)
  const limit = rate > 0 ? Math.min(BATCH, rate) : BATCH
  const deps = { prisma: db.prisma, messenger, policy, forms, now }
  let sent = 0
  for (;;) {
    // A reminder dropped or deferred in the batch wastes its place: a brief loss of pace, never a burst.
    const due = await countDueReminders(db.prisma, now(), limit)
    if (due === 0) return { sent }
    if (rate > 0) for (let i = 0; i < due; i++) await pacer.slot()
    const batch = await deliverDueReminders(deps, due)
    sent += batch.sent
    if (batch.claimed < due) return { sent }
  }
}
