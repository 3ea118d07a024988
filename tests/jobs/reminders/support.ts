import type { Queue } from 'bullmq'
import { startApplication } from '../../../src/core/applications/start.ts'
import { type ApplicationDeps, moveApplication } from '../../../src/core/applications/transition.ts'
import type { Container } from '../../../src/core/container.ts'
import type { Worker } from '../../../src/generated/prisma/client.ts'
import type { JobDeps } from '../../../src/jobs/definition.ts'
import {
  deliverDueRemindersJob,
  deliverReminderJob,
} from '../../../src/jobs/reminders/deliver-job.ts'
import { reconcileReminders } from '../../../src/jobs/reminders/reconcile.ts'
import { reconcileRemindersJob } from '../../../src/jobs/reminders/reconcile-job.ts'
import { startWorkers } from '../../../src/jobs/start-workers.ts'
import { testRedisUrl, uniquePrefix } from '../../support/redis.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

/** A clock the test moves; every process part reads it. */
export function testClock(start: string) {
  let current = new Date(start)
  return {
    now: () => current,
    set(at: string | Date) {
      current = new Date(at)
    },
    plusHours(from: Date, hours: number) {
      current = new Date(from.getTime() + hours * 3600 * 1000)
    },
  }
}

/** Real BullMQ workers for the reminder jobs, on the harness's container, reading the test clock. */
export function reminderRig(harness: Harness, now: () => Date) {
  const container = harness.container
  const deps: JobDeps = { container, now }
  const workers = startWorkers(
    container,
    [deliverReminderJob, deliverDueRemindersJob, reconcileRemindersJob],
    now,
  )
  const queue: Queue = container.jobs.queue(deliverReminderJob.queue)

  /** One pass of the job scheduler at the clock's time, then everything it caused is delivered. */
  async function tick(): Promise<void> {
    await reconcileReminders(deps)
    await settle()
  }

  async function settle(): Promise<void> {
    await until(async () => {
      const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized')
      return Object.values(counts).every((count) => count === 0)
    })
    await until(async () => (await container.db.prisma.outboundMessage.count()) === 0)
    await harness.settled()
  }

  return { deps, queue, tick, settle, stop: workers.stop }
}

export type ReminderRig = ReturnType<typeof reminderRig>

/** The bot on its own database and the reminder workers on a Redis namespace of their own, on the test clock. */
export async function startReminderRig(
  now: () => Date,
  env: Record<string, string> = {},
): Promise<{ harness: Harness; rig: ReminderRig }> {
  const harness = await Harness.start({
    now,
    env: {
      REDIS_URL: await testRedisUrl(),
      QUEUE_PREFIX: uniquePrefix(),
      OUTBOX_SWEEP_MS: '50',
      REMINDER_HORIZON_MS: '0',
      ...env,
    },
  })
  return { harness, rig: reminderRig(harness, now) }
}

/** Empties the rig's queue and stops its workers and the bot. */
export async function stopReminderRig({ harness, rig }: { harness: Harness; rig: ReminderRig }) {
  await rig.queue.obliterate({ force: true })
  await rig.stop()
  await harness.close()
}

/** Re-checks a condition on the database or Redis until it holds (no fixed sleep). */
export async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** The worker behind a harness chat. */
export async function workerOf(container: Container, chat: WorkerChat): Promise<Worker> {
  return container.db.prisma.worker.findUniqueOrThrow({
    where: { channel_externalId: { channel: 'telegram', externalId: String(chat.chatId) } },
  })
}

export function inTx<T>(
  container: Container,
  now: () => Date,
  work: (deps: ApplicationDeps & { policy: Container['policy'] }) => Promise<T>,
): Promise<T> {
  const { cipher, forms, policy } = container
  return container.db.prisma.$transaction((tx) => work({ tx, cipher, forms, policy, now }))
}

/** The worker opens a draft for a programme at the clock's time. */
export async function openDraft(container: Container, now: () => Date, worker: Worker) {
  const started = await inTx(container, now, (deps) =>
    startApplication(deps, worker, 'temporary_living_subsidy'),
  )
  if (!started.ok) throw new Error(`could not open a draft: ${started.code}`)
  return started.application
}

export async function move(
  container: Container,
  now: () => Date,
  applicationId: string,
  to: Parameters<typeof moveApplication>[1]['to'],
  actor: string,
) {
  const moved = await inTx(container, now, (deps) =>
    moveApplication(deps, { applicationId, to, actor }),
  )
  if (!moved.ok) throw new Error(`could not move to ${to}: ${moved.code}`)
}
