import type { JobDeps } from '../definition.ts'
import { reconcileReminders } from './reconcile.ts'
import { reconcileRemindersJob } from './reconcile-job.ts'

const SCHEDULER_ID = 'reminders-reconcile'

/**
 * Start-up of the reminder side of the worker role: one full pass (Redis
 * may have lost jobs while no worker ran: this machine's Redis keeps
 * nothing on disk), then a BullMQ job scheduler repeats the pass. Another
 * full pass runs whenever the Redis connection comes back.
 */
export async function startReminderSchedule(deps: JobDeps): Promise<void> {
  const { container } = deps
  const queue = container.jobs.queue(reconcileRemindersJob.queue)

  async function catchUp(): Promise<void> {
    await reconcileReminders(deps, { all: true })
    await queue.upsertJobScheduler(
      SCHEDULER_ID,
      { every: container.config.REMINDER_RECONCILE_MS },
      {
        name: reconcileRemindersJob.name,
        data: {},
        opts: { removeOnComplete: true, removeOnFail: { count: 100 } },
      },
    )
  }

  await catchUp()
  // A Redis that restarted empty has lost the scheduler and the delayed jobs alike.
  container.redis().on('ready', () => {
    void catchUp().catch((error: unknown) =>
      container.log.warn({ err: error }, 'reminder catch-up after reconnect failed'),
    )
  })
}
