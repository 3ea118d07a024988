import type { Messenger } from '../notifications/messenger.ts'

/** What event changes need besides the transaction: a way to tell workers and a timer. */
export type EventDeps = {
  messenger: Messenger
  /** Schedules the check that passes an unanswered offer on; a duplicate call is a no-op. */
  scheduleOfferExpiry(signupId: string, at: Date): Promise<void>
}
