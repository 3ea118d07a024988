import type { Broadcast } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'
import type { NoticeKind, Segment } from './segment.ts'

export type NewBroadcast = {
  kind: NoticeKind
  /** The admin's text, sent as written; absent for an event's invitation or reminder. */
  body?: string
  eventId?: string
  purpose?: 'notice' | 'invite' | 'remind-24h' | 'remind-1h'
  segment: Segment
  /** `telegram:<chatId>` or `slack:<userId>`. */
  createdBy: string
  scheduledAt?: Date
  /** Where progress is posted and updated in place. */
  progressRef?: ProgressRef
}

/** Where an admin reads a broadcast's progress: a Telegram chat or a Slack channel. */
export type ProgressRef =
  | { channel: 'telegram'; chatId: number; messageId?: number }
  | { channel: 'slack'; conversation: string; ts?: string }

/** A draft: nothing is sent until it is submitted (and approved, when large). */
export function composeBroadcast(tx: Tx, input: NewBroadcast): Promise<Broadcast> {
  return tx.broadcast.create({
    data: {
      kind: input.kind,
      body: input.body ?? null,
      eventId: input.eventId ?? null,
      purpose: input.purpose ?? 'notice',
      segment: input.segment,
      status: 'draft',
      createdBy: input.createdBy,
      scheduledAt: input.scheduledAt ?? null,
      ...(input.progressRef ? { progressRef: input.progressRef } : {}),
    },
  })
}
