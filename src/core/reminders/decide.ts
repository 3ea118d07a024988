import { REMINDER_STAGES_HOURS } from './kinds.ts'
import { deliverableAt, isQuiet } from './quiet-hours.ts'

const HOUR = 3600 * 1000

type Reminder = { kind: string; basis: string; stage: number }

/** What the reminder's reason looks like now, read in the delivering transaction. */
export type ReminderContext = {
  timeZone: string
  optedOut: boolean
  application: { status: string; lastActivityAt: Date } | null
  /** The document request a `document_request` reminder is about. */
  request: { docType: string; requestedAt: Date; fulfilledAt: Date | null } | null
  /** The status a `status_change` reminder announces. */
  event: { toStatus: string } | null
}

export type Decision =
  | { action: 'send' }
  | { action: 'drop'; reason: string }
  | { action: 'defer'; until: Date }

/**
 * Whether a due reminder goes out now. A reminder whose reason has gone
 * (draft submitted or withdrawn, the worker took a step since, document
 * sent, reminders turned off) is dropped; an earlier stage that is overtaken
 * by the next is dropped so an outage never sends both at once; in quiet
 * hours it waits until 08:00. Status notices ignore the reminder opt-out:
 * they are about the worker's own case.
 */
export function decideReminder(reminder: Reminder, context: ReminderContext, now: Date): Decision {
  const reasonGone = whyGone(reminder, context, now)
  if (reasonGone) return { action: 'drop', reason: reasonGone }
  if (isQuiet(now, context.timeZone))
    return { action: 'defer', until: deliverableAt(now, context.timeZone) }
  return { action: 'send' }
}

function whyGone(reminder: Reminder, context: ReminderContext, now: Date): string | undefined {
  const { application, request, event } = context
  if (!application) return 'application_gone'
  if (reminder.kind === 'status_change') return event ? undefined : 'event_gone'
  if (context.optedOut) return 'opted_out'

  if (reminder.kind === 'draft_idle') {
    if (application.status !== 'draft') return 'not_a_draft'
    if (String(application.lastActivityAt.getTime()) !== reminder.basis) return 'worker_active'
    return overtaken(reminder, application.lastActivityAt, now)
  }
  if (reminder.kind === 'document_request') {
    if (!request || request.fulfilledAt) return 'document_sent'
    if (application.status !== 'needs_info') return 'not_needed'
    return overtaken(reminder, request.requestedAt, now)
  }
  return 'unknown_kind'
}

function overtaken(reminder: Reminder, since: Date, now: Date): string | undefined {
  const next = REMINDER_STAGES_HOURS[reminder.stage]
  if (next === undefined) return undefined
  return now.getTime() >= since.getTime() + next * HOUR ? 'overtaken' : undefined
}
