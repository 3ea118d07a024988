import type { Case } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'
import { recordCaseEvent } from './record-event.ts'
import { type CaseReason, OPEN_STATUSES } from './status.ts'

export type Escalation = {
  workerId: string
  reason: CaseReason
  programmeId?: string | undefined
  applicationId?: string | undefined
  urgent?: boolean
  now: Date
}

export type OpenResult = { kind: 'opened' | 'already_open'; case: Case }

/**
 * Opens a case for a worker, or returns the one already open: a worker has
 * at most one open case. An urgent escalation marks an open case urgent and
 * has its card redrawn; the Slack side posts the card for a new case.
 */
export async function openCase(tx: Tx, escalation: Escalation): Promise<OpenResult> {
  const { workerId, now } = escalation
  const urgent = escalation.urgent ?? false
  const open = await tx.case.findFirst({
    where: { workerId, status: { in: [...OPEN_STATUSES] } },
    orderBy: { createdAt: 'desc' },
  })
  if (open) {
    if (!urgent || open.urgent) return { kind: 'already_open', case: open }
    const raised = await tx.case.update({
      where: { id: open.id },
      data: { urgent: true, reason: escalation.reason, cardVersion: { increment: 1 } },
    })
    await recordCaseEvent(tx, { caseId: open.id, actor: 'system', action: 'case.urgent', at: now })
    return { kind: 'already_open', case: raised }
  }

  const created = await tx.case.create({
    data: {
      workerId,
      reason: escalation.reason,
      programmeId: escalation.programmeId ?? null,
      applicationId: escalation.applicationId ?? null,
      urgent,
      createdAt: now,
    },
  })
  await recordCaseEvent(tx, {
    caseId: created.id,
    actor: reasonActor(escalation.reason),
    action: 'case.opened',
    detail: escalation.reason,
    at: now,
  })
  return { kind: 'opened', case: created }
}

function reasonActor(reason: CaseReason): string {
  return reason === 'worker_asked' || reason === 'worker_typed' ? 'worker' : 'system'
}
