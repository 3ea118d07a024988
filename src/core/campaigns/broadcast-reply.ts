import type { Reply } from '../../flows/types.ts'
import type { Broadcast, Event } from '../../generated/prisma/client.ts'
import { stamp } from '../events/offer-next.ts'

/**
 * What a broadcast says: the admin's text as written, or an event's
 * invitation (with Join / Not this time, or a sign-up per child for camps
 * and classes) or reminder, in each worker's language.
 */
export function broadcastReply(broadcast: Broadcast, event: Event | null): Reply {
  if (!event) return { lines: [broadcast.body ?? ''] }
  const args = {
    title: event.title,
    when: stamp(event.startsAt),
    where: event.place ?? event.link ?? '',
  }
  if (broadcast.purpose === 'remind-24h' || broadcast.purpose === 'remind-1h')
    return { lines: [{ key: `event-${broadcast.purpose}`, args }] }

  const perChild = event.kind === 'camp' || event.kind === 'tutoring'
  return {
    lines: [{ key: 'event-invite', args }, ...(broadcast.body ? [broadcast.body] : [])],
    buttons: [
      [
        {
          label: { key: perChild ? 'event-sign-up-child' : 'event-join' },
          data: `ev:${perChild ? 'c' : 'j'}:${event.id}`,
        },
        { label: { key: 'event-not-this-time' }, data: `ev:n:${event.id}` },
      ],
    ],
  }
}
