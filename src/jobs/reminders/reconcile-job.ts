import { z } from 'zod'
import { defineJob } from '../definition.ts'
import { reconcileReminders } from './reconcile.ts'

/** Run by a BullMQ job scheduler every REMINDER_RECONCILE_MS. */
export const reconcileRemindersJob = defineJob({
  queue: 'reminders',
  name: 'reconcile',
  payload: z.object({}),
  process: (_job, deps) => reconcileReminders(deps),
})
