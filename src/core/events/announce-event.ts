import type { Event } from '../../generated/prisma/client.ts'
import { composeBroadcast, type ProgressRef } from '../campaigns/compose-broadcast.ts'
import type { NoticeKind } from '../campaigns/segment.ts'
import type { Tx } from '../db/types.ts'
import { createEvent, type NewEvent } from './create-event.ts'

const HOUR = 3_600_000

/** Which notice preference an event's invitation falls under. */
export function noticeKindOf(kind: NewEvent['kind']): NoticeKind {
  return kind === 'health_talk' || kind === 'checkup_day' ? 'health_talk' : 'event'
}

/**
 * Creates an event with its three broadcasts: the invitation to its segment
 * (now, or at `inviteAt`), and reminders 24 h and 1 h before to whoever holds
 * a confirmed place then, so those who declined or never answered get none.
 * The caller schedules the returned broadcasts (those ready to go) after commit.
 */
export async function announceEvent(
  tx: Tx,
  input: NewEvent & { inviteAt?: Date; progressRef?: ProgressRef; inviteNeedsApproval?: boolean },
): Promise<{ event: Event; broadcasts: { id: string; scheduledAt: Date | null }[] }> {
  const event = await createEvent(tx, input)
  const kind = noticeKindOf(input.kind)
  const common = { kind, eventId: event.id, createdBy: input.createdBy }

  const invite = await composeBroadcast(tx, {
    ...common,
    purpose: 'invite',
    segment: input.segment,
    ...(input.inviteAt ? { scheduledAt: input.inviteAt } : {}),
    ...(input.progressRef ? { progressRef: input.progressRef } : {}),
  })
  const reminders = []
  for (const [purpose, hours] of [
    ['remind-24h', 24],
    ['remind-1h', 1],
  ] as const) {
    const scheduledAt = new Date(input.startsAt.getTime() - hours * HOUR)
    reminders.push(
      await composeBroadcast(tx, {
        ...common,
        purpose,
        segment: { attendeesOf: event.id },
        scheduledAt,
      }),
    )
  }
  // Reminders reach only those who joined; a large invitation waits for a second admin.
  const all = [invite, ...reminders]
  await tx.broadcast.updateMany({
    where: { id: { in: reminders.map((b) => b.id) } },
    data: { status: 'scheduled' },
  })
  const inviteStatus = input.inviteNeedsApproval ? 'awaiting_approval' : 'scheduled'
  await tx.broadcast.update({ where: { id: invite.id }, data: { status: inviteStatus } })
  const ready = input.inviteNeedsApproval ? reminders : all
  return { event, broadcasts: ready.map((b) => ({ id: b.id, scheduledAt: b.scheduledAt })) }
}
