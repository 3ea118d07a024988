import type { Application, DocumentRequest } from '../../../generated/prisma/client.ts'
import { legalMoves } from '../../applications/legal-moves.ts'
import { moveApplication } from '../../applications/transition.ts'
import type { IncomingFile, Turn } from '../turn.ts'
import { applicationDeps } from './draft.ts'
import { storeFile } from './store-file.ts'
import { documentLabel, programmeName } from './words.ts'

/** The oldest document a caseworker asked this worker for and did not get yet. */
export async function openRequest(
  turn: Turn,
): Promise<(DocumentRequest & { application: Application }) | undefined> {
  const found = await turn.tx.documentRequest.findFirst({
    where: {
      fulfilledAt: null,
      application: { workerId: turn.worker.id, status: 'needs_info' },
    },
    include: { application: true },
    orderBy: { requestedAt: 'asc' },
  })
  return found ?? undefined
}

/**
 * A file sent while a caseworker waits for a document fulfils the request;
 * when nothing else is awaited, the application returns to the stage it left.
 */
export async function fulfilRequest(
  turn: Turn,
  request: DocumentRequest & { application: Application },
  file: IncomingFile,
  mimeType: string,
): Promise<void> {
  const { application } = request
  const stored = await storeFile(turn, application.id, file, mimeType, request.docType)
  if (stored.kind === 'duplicate')
    return void turn.replies.push({ lines: [{ key: 'app-file-duplicate' }] })
  if (!stored.firstOfUpload) return

  await turn.tx.documentRequest.update({
    where: { id: request.id },
    data: { fulfilledAt: turn.deps.now() },
  })
  const waiting = await turn.tx.documentRequest.count({
    where: { applicationId: application.id, fulfilledAt: null },
  })
  if (waiting === 0) {
    const chain = turn.deps.forms.forms[application.programmeId]?.review ?? []
    const [back] = legalMoves(application.status, chain, application.resumeTo)
    if (back) {
      await moveApplication(applicationDeps(turn), {
        applicationId: application.id,
        to: back,
        actor: 'worker',
        reason: request.docType,
      })
    }
  }
  const args = {
    document: documentLabel(turn, request.docType),
    name: programmeName(turn, application.programmeId),
    reference: application.reference,
  }
  turn.replies.push({
    lines: [{ key: waiting === 0 ? 'app-request-fulfilled' : 'app-request-more', args }],
  })
}
