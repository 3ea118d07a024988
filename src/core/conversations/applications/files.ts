import { resume } from '../../../flows/engine.ts'
import type { Reply } from '../../../flows/types.ts'
import { moveApplication } from '../../applications/transition.ts'
import { loadFlow } from '../flow-store.ts'
import { applyOutcome, flowHandler } from '../flows.ts'
import type { IncomingFile, Turn } from '../turn.ts'
import { documentPrompt, pendingDocument } from './documents-step.ts'
import { currentDraft, type Draft, saveDraft } from './draft.ts'
import { fileProblem } from './file-check.ts'
import { documentName } from './labels.ts'
import { continueApplication } from './next-step.ts'

/**
 * A photo or file from the worker. It fulfils a document a caseworker asked
 * for, or joins the draft being filled in: as the document being asked for,
 * or, sent before that question, kept aside until the worker says what it
 * is. Files of one album share a group and are acknowledged once. A file
 * with nowhere to go, too big or of the wrong type is refused and not kept.
 */
export async function receiveFile(turn: Turn, file: IncomingFile): Promise<boolean> {
  const request = await openRequest(turn)
  const draft = request ? undefined : await currentDraft(turn)
  if (!request && !draft) {
    // Mid-questionnaire, the questionnaire answers it (a photo is no answer).
    if (await loadFlow(turn)) return false
    turn.replies.push({
      lines: [{ key: 'apply-file-no-draft' }],
      buttons: [[{ label: { key: 'apply-status-button' }, data: 'ap:status' }]],
    })
    return true
  }
  const problem = fileProblem(turn.deps.forms.limits, file)
  if (problem) {
    turn.replies.push({ lines: [problem, { key: 'apply-file-kept-nothing' }] })
    return true
  }

  if (request) await fulfil(turn, request, file)
  else if (draft) await addToDraft(turn, draft, file)
  return true
}

type OpenRequest = NonNullable<Awaited<ReturnType<typeof openRequest>>>

function openRequest(turn: Turn) {
  return turn.tx.documentRequest.findFirst({
    where: { fulfilledAt: null, application: { workerId: turn.worker.id, status: 'needs_info' } },
    orderBy: { requestedAt: 'asc' },
    include: { application: true },
  })
}

async function store(
  turn: Turn,
  applicationId: string,
  docType: string | null,
  file: IncomingFile,
) {
  // Album members after the first are filed silently: the album is one upload.
  const sameAlbum = file.groupId
    ? await turn.tx.applicationDocument.count({ where: { applicationId, groupId: file.groupId } })
    : 0
  await turn.tx.applicationDocument.createMany({
    data: [
      {
        applicationId,
        docType,
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
  return { quiet: sameAlbum > 0 }
}

async function fulfil(turn: Turn, request: OpenRequest, file: IncomingFile): Promise<void> {
  const { application } = request
  const { quiet } = await store(turn, application.id, request.docType, file)
  await turn.tx.documentRequest.updateMany({
    where: { applicationId: application.id, docType: request.docType, fulfilledAt: null },
    data: { fulfilledAt: turn.deps.now() },
  })
  const left = await turn.tx.documentRequest.count({
    where: { applicationId: application.id, fulfilledAt: null },
  })
  if (left === 0) {
    const chain = turn.deps.forms.forms[application.programmeId]?.review ?? []
    const to = (application.resumeTo ?? chain[0] ?? 'submitted') as 'submitted'
    await moveApplication(
      { tx: turn.tx, ...turn.deps },
      { applicationId: application.id, to, actor: 'worker' },
    )
  }
  if (quiet) return
  const name = documentName(turn, request.docType)
  turn.replies.push({
    lines: [{ key: 'apply-requested-received', args: { name, ref: application.reference } }],
  })
}

async function addToDraft(turn: Turn, draft: Draft, file: IncomingFile): Promise<void> {
  const flow = await loadFlow(turn)
  const questionsLeft = draft.form.questions.some((question) => !draft.data.questions[question.id])
  const pending = flow || questionsLeft ? undefined : pendingDocument(draft)
  const { quiet } = await store(turn, draft.application.id, pending?.type ?? null, file)
  await saveDraft(turn, draft)
  if (quiet) return

  if (pending) {
    const count = await turn.tx.applicationDocument.count({
      where: { applicationId: draft.application.id, docType: pending.type },
    })
    const reply = documentPrompt(turn, draft, pending, count)
    const lead: Reply['lines'] = [
      { key: 'apply-file-received', args: { name: documentName(turn, pending.type) } },
    ]
    if (file.groupId) lead.push({ key: 'apply-album-received' })
    return void turn.replies.push({ ...reply, lines: [...lead, '', ...reply.lines] })
  }

  // Sent before the document question: kept aside, then the worker carries on where they were.
  const aside = [{ key: 'apply-file-kept-aside' }, '']
  const handler = flow && flowHandler(flow.flowId)
  if (flow && handler) return applyOutcome(turn, handler, resume(handler.flow, flow, aside))
  await continueApplication(turn, draft, aside)
}
