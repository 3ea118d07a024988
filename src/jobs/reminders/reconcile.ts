import { planReminders } from '../../core/reminders/plan.ts'
import type { JobDeps } from '../definition.ts'
import { deliverDueRemindersJob } from './deliver-job.ts'
import { queueDueReminders } from './queue-due.ts'

/** Rows made, jobs added, and how long each half took (wall time). */
export type ReconcileResult = { planned: number; queued: number; planMs: number; queueMs: number }

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
  const started = performance.now()
  const planned = await planReminders(db.prisma, at, until)
  const planMs = performance.now() - started
  const queued = await queueDueReminders(
    db.prisma,
    container.jobs.queue(deliverDueRemindersJob.queue),
    {
      now,
      horizonMs: config.REMINDER_HORIZON_MS,
      graceMs: 2 * config.REMINDER_RECONCILE_MS,
      ...(options.all ? { all: true } : {}),
    },
  )
  const queueMs = performance.now() - started - planMs
  if (planned + queued > 0)
    container.log.info({ planned, queued, planMs, queueMs }, 'reminders reconciled')
  return { planned, queued, planMs, queueMs }
}
