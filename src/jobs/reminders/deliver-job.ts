import { z } from 'zod'
import type { Container } from '../../core/container.ts'
import { deliverDueReminders, deliverReminder } from '../../core/reminders/deliver.ts'
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
 * until none is left. Each batch waits for the process's send pacer before
 * it commits: Telegram's cap counts every message the bot sends, so a
 * morning's worth of reminders released at 08:00 reaches the outbox no
 * faster than BROADCAST_RATE_PER_SECOND.
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
  const pace = async (sends: number) => {
    for (let i = 0; i < sends; i++) await pacer.slot()
  }
  let sent = 0
  for (;;) {
    const batch = await deliverDueReminders(deps, limit, pace)
    sent += batch.sent
    if (batch.claimed < limit) return { sent }
  }
}
