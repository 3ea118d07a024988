import type { ProgressRef } from '../../src/core/campaigns/compose-broadcast.ts'
import { composeBroadcast } from '../../src/core/campaigns/compose-broadcast.ts'
import type { NoticeKind, Segment } from '../../src/core/campaigns/segment.ts'
import { submitBroadcast } from '../../src/core/campaigns/submit-broadcast.ts'
import type { Container } from '../../src/core/container.ts'
import { scheduleBroadcast } from '../../src/jobs/schedule-broadcast.ts'

/** An admin composes a broadcast and sends it at once, as the Slack or Telegram command would. */
export async function sendBroadcast(
  container: Container,
  input: {
    body?: string
    kind?: NoticeKind
    segment?: Segment
    eventId?: string
    purpose?: 'notice' | 'invite' | 'remind-24h' | 'remind-1h'
    progressRef?: ProgressRef
    scheduledAt?: Date
  },
): Promise<string> {
  const { prisma } = container.db
  const broadcast = await prisma.$transaction(async (tx) => {
    const draft = await composeBroadcast(tx, {
      kind: input.kind ?? 'campaign',
      segment: input.segment ?? {},
      createdBy: 'slack:UADMIN1',
      ...(input.body ? { body: input.body } : {}),
      ...(input.eventId ? { eventId: input.eventId } : {}),
      ...(input.purpose ? { purpose: input.purpose } : {}),
      ...(input.progressRef ? { progressRef: input.progressRef } : {}),
      ...(input.scheduledAt ? { scheduledAt: input.scheduledAt } : {}),
    })
    const submitted = await submitBroadcast(tx, {
      broadcastId: draft.id,
      recipients: 1,
      approvalOver: 1_000_000,
    })
    if (!submitted.ok) throw new Error(`submit failed: ${submitted.code}`)
    return draft
  })
  await scheduleBroadcast(container, broadcast, container.conversation.now())
  return broadcast.id
}

/** The delivery rows of a broadcast, counted by status. */
export async function deliveryCounts(
  container: Container,
  broadcastId: string,
): Promise<Record<string, number>> {
  const rows = await container.db.prisma.broadcastDelivery.groupBy({
    by: ['status'],
    where: { broadcastId },
    _count: true,
  })
  return Object.fromEntries(rows.map((row) => [row.status, row._count]))
}
