import type { Tx } from '../db/types.ts'

/** The fields capacity decisions read, taken under the event's row lock. */
export type LockedEvent = {
  id: string
  title: string
  capacity: number | null
  taken: number
  stages: string[]
  offerHours: number
  startsAt: Date
  cancelledAt: Date | null
}

/**
 * Locks the event row until the transaction ends. Every change to its places
 * goes through here, so sign-ups, cancellations and offers of one event run
 * one at a time in arrival order, in any number of processes.
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<LockedEvent | undefined> {
  const rows = await tx.$queryRaw<LockedEvent[]>`
    SELECT id, title, capacity, taken, stages, offer_hours AS "offerHours",
           starts_at AS "startsAt", cancelled_at AS "cancelledAt"
    FROM events WHERE id = ${eventId}::uuid FOR UPDATE`
  return rows[0]
}
