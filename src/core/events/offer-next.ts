import type { Tx } from '../db/types.ts'
import type { EventDeps } from './deps.ts'
import type { LockedEvent } from './lock-event.ts'

/**
 * Offers free places to the waiting list, first come first served. Call it
 * with the event locked. Each offer holds its place until `offeredUntil`;
 * the worker is told with Accept / Decline buttons in this transaction.
 */
export async function offerNext(
  tx: Tx,
  event: LockedEvent,
  deps: EventDeps,
  now: Date,
): Promise<string[]> {
  const offered: string[] = []
  let taken = event.taken

  while (event.capacity === null || taken < event.capacity) {
    const next = await tx.eventSignup.findFirst({
      where: { eventId: event.id, status: 'waiting' },
      orderBy: { position: 'asc' },
    })
    if (!next) break

    const until = new Date(now.getTime() + event.offerHours * 3_600_000)
    await tx.eventSignup.update({
      where: { id: next.id },
      data: { status: 'offered', offeredUntil: until },
    })
    taken += 1
    offered.push(next.id)

    const worker = await tx.worker.findUniqueOrThrow({ where: { id: next.workerId } })
    await deps.messenger.queue(tx, worker, offerReply(event, next.id, until))
    await deps.scheduleOfferExpiry(next.id, until)
  }

  if (taken !== event.taken) await tx.event.update({ where: { id: event.id }, data: { taken } })
  event.taken = taken
  return offered
}

function offerReply(event: LockedEvent, signupId: string, until: Date) {
  return {
    lines: [{ key: 'event-offer', args: { title: event.title, until: stamp(until) } }],
    buttons: [
      [
        { label: { key: 'event-offer-accept' }, data: `ev:a:${signupId}` },
        { label: { key: 'event-offer-decline' }, data: `ev:x:${signupId}` },
      ],
    ],
  }
}

/** China time, to the minute: what the worker's phone shows. */
export function stamp(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
}
