import { broadcastProgressJob } from './broadcast-progress.ts'
import { broadcastSendJob } from './broadcast-send.ts'
import { broadcastStartJob } from './broadcast-start.ts'
import { reannounceJob } from './case-reannounce.ts'
import type { JobDefinition } from './definition.ts'
import { offerExpiryJob } from './offer-expiry.ts'
import { deliverDueRemindersJob, deliverReminderJob } from './reminders/deliver-job.ts'
import { reconcileRemindersJob } from './reminders/reconcile-job.ts'

/** Every job kind the worker role runs. Add a definition here to have it processed. */
export const jobDefinitions: JobDefinition[] = [
  deliverReminderJob,
  deliverDueRemindersJob,
  reconcileRemindersJob,
  reannounceJob as JobDefinition,
  offerExpiryJob,
  broadcastStartJob,
  broadcastSendJob,
  broadcastProgressJob,
]
