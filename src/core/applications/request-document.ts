import type { DocumentRequest } from '../../generated/prisma/client.ts'
import { type ApplicationDeps, moveApplication } from './transition.ts'

export type RequestResult =
  | { ok: true; request: DocumentRequest }
  | { ok: false; code: 'unknown_document' | 'not_found' }
  | { ok: false; code: 'illegal_transition'; from: string }

/**
 * A caseworker asks for a document: the application pauses in "needs
 * information" (an application already paused stays so) and the request is
 * recorded; the worker's next upload of that document fulfils it.
 */
export async function requestDocument(
  deps: ApplicationDeps,
  input: { applicationId: string; docType: string; actor: string },
): Promise<RequestResult> {
  if (!deps.forms.documentTypes[input.docType]) return { ok: false, code: 'unknown_document' }
  const current = await deps.tx.application.findUnique({ where: { id: input.applicationId } })
  if (!current) return { ok: false, code: 'not_found' }

  if (current.status !== 'needs_info') {
    const moved = await moveApplication(deps, {
      applicationId: current.id,
      to: 'needs_info',
      actor: input.actor,
      reason: input.docType,
    })
    if (!moved.ok && moved.code === 'not_found') return moved
    if (!moved.ok) return { ok: false, code: 'illegal_transition', from: moved.from }
  }
  const request = await deps.tx.documentRequest.create({
    data: {
      applicationId: current.id,
      docType: input.docType,
      requestedBy: input.actor,
      requestedAt: deps.now(),
    },
  })
  return { ok: true, request }
}
