/** Why a worker hears from us unasked. */
export type ReminderKind = 'draft_idle' | 'document_request' | 'status_change'

/** Idle drafts and unanswered document requests are reminded this long after, then never again. */
export const REMINDER_STAGES_HOURS = [24, 72] as const

/** Status changes by staff or the system that the worker is told about. */
export const NOTIFIED_STATUSES = [
  'initial_review',
  'home_visit',
  'public_notice',
  'needs_info',
  'approved',
  'rejected',
  'paid',
] as const

/** Sources older than this are not turned into reminders (e.g. history before a deploy). */
export const LOOKBACK_DAYS = 7
