import type { Tx } from '../db/types.ts'

/**
 * Gives back the places a worker being erased holds (confirmed or offered);
 * their sign-ups, invitations, deliveries and preferences go with the worker
 * row (foreign keys cascade). Caveat: the freed place is offered to the
 * waiting list at the event's next change, not at once (erasure has no queue).
 */
export async function freePlacesOf(tx: Tx, workerId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE events e SET taken = e.taken - held.n
    FROM (SELECT event_id, count(*)::int AS n FROM event_signups
          WHERE worker_id = ${workerId}::uuid AND status IN ('confirmed', 'offered')
          GROUP BY event_id) AS held
    WHERE e.id = held.event_id`
}
