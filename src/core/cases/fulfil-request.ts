import type { Forms } from '../applications/form-schema.ts'
import { moveApplication } from '../applications/transition.ts'
import type { IncomingFile } from '../conversations/turn.ts'
import type { Tx } from '../db/types.ts'
import type { Cipher } from '../privacy/cipher.ts'
import { recordCaseEvent } from './record-event.ts'

/**
 * A file the worker sends while one of their applications waits for a
 * document: it is filed as the oldest requested document, the request is
 * fulfilled, and when none is left the application returns to the review
 * stage it paused in. Returns the document type filed, if any.
 */
export async function fulfilRequest(
  tx: Tx,
  deps: { cipher: Cipher; forms: Forms; now: Date },
  input: { caseId: string; workerId: string; file: IncomingFile },
): Promise<string | undefined> {
  const request = await tx.documentRequest.findFirst({
    where: { fulfilledAt: null, application: { workerId: input.workerId, status: 'needs_info' } },
    orderBy: { requestedAt: 'asc' },
    include: { application: true },
  })
  if (!request) return undefined
  const { file } = input
  await tx.applicationDocument.createMany({
    data: [
      {
        applicationId: request.applicationId,
        docType: request.docType,
        fileId: file.fileId,
        fileUniqueId: file.fileUniqueId,
        mimeType: file.mimeType ?? null,
        fileName: file.fileName ?? null,
        sizeBytes: file.sizeBytes ?? null,
        groupId: file.groupId ?? null,
      },
    ],
    skipDuplicates: true,
  })
  await tx.documentRequest.update({ where: { id: request.id }, data: { fulfilledAt: deps.now } })
  await tx.case.update({ where: { id: input.caseId }, data: { cardVersion: { increment: 1 } } })
  await recordCaseEvent(tx, {
    caseId: input.caseId,
    actor: 'worker',
    action: 'document.received',
    detail: `${request.application.reference} ${request.docType}`,
    at: deps.now,
  })

  const left = await tx.documentRequest.count({
    where: { applicationId: request.applicationId, fulfilledAt: null },
  })
  const resumeTo = request.application.resumeTo
  if (left === 0 && resumeTo) {
    await moveApplication(
      { tx, cipher: deps.cipher, forms: deps.forms, now: () => deps.now },
      { applicationId: request.applicationId, to: resumeTo as never, actor: 'worker' },
    )
  }
  return request.docType
}
