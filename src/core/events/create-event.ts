import type { Event } from '../../generated/prisma/client.ts'
import type { Segment } from '../campaigns/segment.ts'
import type { Tx } from '../db/types.ts'

export const EVENT_KINDS = [
  'health_talk',
  'sharing_session',
  'checkup_day',
  'camp',
  'tutoring',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export type NewEvent = {
  kind: EventKind
  title: string
  startsAt: Date
  place?: string
  link?: string
  /** Places; unlimited when absent. */
  capacity?: number
  /** School stages a child must be in (camps, tutoring); anyone when empty. */
  stages?: string[]
  /** How long a waiting-list offer stays open. */
  offerHours?: number
  segment: Segment
  createdBy: string
}

/** Records an event; invitations go out as a broadcast to its segment. */
export function createEvent(tx: Tx, input: NewEvent): Promise<Event> {
  return tx.event.create({
    data: {
      kind: input.kind,
      title: input.title,
      startsAt: input.startsAt,
      place: input.place ?? null,
      link: input.link ?? null,
      capacity: input.capacity ?? null,
      stages: input.stages ?? [],
      offerHours: input.offerHours ?? 48,
      segment: input.segment,
      createdBy: input.createdBy,
    },
  })
}
