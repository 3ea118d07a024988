import type { Tx } from '../db/types.ts'
import { recordCaseEvent } from './record-event.ts'

/**
 * A file arrives while one of the worker's applications waits for a document
 * a caseworker asked for: the case's audit log notes it and the card is
 * redrawn (the applications feature files it and resumes the review).
 * Returns false when no document is awaited.
 */
export async function noteRequestedFile(
  tx: Tx,
  caseId: string,
  workerId: string,
  now: Date,
): Promise<boolean> {
  const request = await tx.documentRequest.findFirst({
    where: { fulfilledAt: null, application: { workerId, status: 'needs_info' } },
    orderBy: { requestedAt: 'asc' },
    include: { application: true },
  })
  if (!request) return false
  await recordCaseEvent(tx, {
    caseId,
    actor: 'worker',
    action: 'document.received',
    detail: `${request.application.reference} ${request.docType}`,
    at: now,
  })
  await tx.case.update({ where: { id: caseId }, data: { cardVersion: { increment: 1 } } })
  return true
}
