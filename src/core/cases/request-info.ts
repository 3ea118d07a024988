import { requestDocument } from '../applications/request-document.ts'
import type { Tx } from '../db/types.ts'
import { caseApplications } from './case-application.ts'
import type { CaseDeps } from './decide-case.ts'
import { notifyWorker } from './notify-worker.ts'
import { recordCaseEvent } from './record-event.ts'

export type RequestInfoResult =
  | { ok: true; reference: string }
  | {
      ok: false
      code:
        | 'not_found'
        | 'erased'
        | 'closed'
        | 'no_application'
        | 'unknown_document'
        | 'illegal_transition'
    }

/**
 * A caseworker names a missing document: the application pauses for it, the
 * worker is asked in their language, and the case waits on the worker until
 * they send something (which lands in the case thread).
 */
export async function requestInformation(
  tx: Tx,
  deps: CaseDeps,
  input: { caseId: string; applicationId: string; docType: string; userId: string; now: Date },
): Promise<RequestInfoResult> {
  const found = await tx.case.findUnique({ where: { id: input.caseId }, include: { worker: true } })
  if (!found) return { ok: false, code: 'not_found' }
  if (!found.worker) return { ok: false, code: 'erased' }
  if (found.status === 'closed') return { ok: false, code: 'closed' }
  const application = (await caseApplications(tx, found.id)).find(
    (row) => row.id === input.applicationId,
  )
  if (!application) return { ok: false, code: 'no_application' }

  const actor = `slack:${input.userId}`
  const requested = await requestDocument(
    { tx, cipher: deps.cipher, forms: deps.forms, now: () => input.now },
    { applicationId: application.id, docType: input.docType, actor },
  )
  if (!requested.ok) return { ok: false, code: requested.code }

  await recordCaseEvent(tx, {
    caseId: found.id,
    actor,
    action: 'document.requested',
    detail: `${application.reference} ${input.docType}`,
    at: input.now,
  })
  await tx.case.update({
    where: { id: found.id },
    data: { status: 'waiting_worker', cardVersion: { increment: 1 } },
  })
  const locale = found.worker.locale === 'en' ? 'en' : 'zh-CN'
  const document = deps.forms.documentTypes[input.docType]?.[locale] ?? input.docType
  await notifyWorker(tx, deps.messenger, found.id, {
    lines: [{ key: 'case-document-request', args: { document } }],
  })
  return { ok: true, reference: application.reference }
}
