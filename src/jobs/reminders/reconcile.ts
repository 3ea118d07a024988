import { planReminders } from '../../core/reminders/plan.ts'
import type { JobDeps } from '../definition.ts'
import { deliverReminderJob } from './deliver-job.ts'
import { queueDueReminders } from './queue-due.ts'

export type ReconcileResult = { planned: number; queued: number }

/**
 * Brings Redis in line with PostgreSQL: plans reminder rows from drafts,
 * document requests and status changes, then gives every row that falls
 * due within the horizon its delayed job. Safe to run any number of times,
 * from any number of processes.
 */
export async function reconcileReminders(
  { container, now }: JobDeps,
  options: { all?: boolean } = {},
): Promise<ReconcileResult> {
  const at = now()
  const { config, db } = container
  const until = new Date(at.getTime() + config.REMINDER_HORIZON_MS)
  const planned = await planReminders(db.prisma, at, until)
  const queued = await queueDueReminders(
    db.prisma,
    container.jobs.queue(deliverReminderJob.queue),
    {
      now,
      horizonMs: config.REMINDER_HORIZON_MS,
      graceMs: 2 * config.REMINDER_RECONCILE_MS,
      ...(options.all ? { all: true } : {}),
    },
  )
  if (planned + queued > 0) container.log.info({ planned, queued }, 'reminders reconciled')
  return { planned, queued }
}
