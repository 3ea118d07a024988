import { resume } from '../../../flows/engine.ts'
import type { FlowState } from '../../../flows/types.ts'
import { loadFlow } from '../flow-store.ts'
import { applyOutcome, flowHandler } from '../flows.ts'
import type { IncomingFile, Turn } from '../turn.ts'
import { ANSWERS_FLOW_PREFIX } from './answers-flow.ts'
import { button, statusButton } from './buttons.ts'
import { showDocuments } from './documents-stage.ts'
import { latestDraft, ownApplication, touchDraft } from './draft.ts'
import { checkFile } from './file-check.ts'
import { fileRefusal } from './file-refusal.ts'
import { fulfilRequest, openRequest } from './fulfil-request.ts'
import type { DocumentsProgress } from './next-document.ts'
import { progressOf } from './progress-store.ts'
import { storeFile } from './store-file.ts'
import { documentLabel, programmeName } from './words.ts'

/**
 * A photo or file from the worker. It goes to the document being asked
 * for; sent while answering questions (or with a draft set aside) it is
 * kept unsorted and sorted at the documents step; with a caseworker waiting
 * for a document it fulfils that request. With no draft and no request it
 * is refused and nothing is kept. In another flow (screening) it is left
 * to that flow's own answer.
 */
export async function upload(turn: Turn, file: IncomingFile): Promise<boolean> {
  const target = await targetOf(turn)
  if (!target) return false

  const checked = checkFile(file, turn.deps.forms.limits)
  if (!checked.ok) turn.replies.push(fileRefusal(checked))
  else await keep(turn, target, file, checked.mimeType)
  return true
}

type Target =
  | { kind: 'documents'; progress: DocumentsProgress }
  | { kind: 'answering'; state: FlowState }
  | { kind: 'request'; request: NonNullable<Awaited<ReturnType<typeof openRequest>>> }
  | { kind: 'elsewhere' }

/** Where a file would go; undefined while another flow (screening) has the worker. */
async function targetOf(turn: Turn): Promise<Target | undefined> {
  const state = await loadFlow(turn)
  const progress = state ? progressOf(state) : undefined
  if (progress) return { kind: 'documents', progress }
  if (state?.flowId.startsWith(ANSWERS_FLOW_PREFIX)) return { kind: 'answering', state }
  const request = await openRequest(turn)
  if (request) return { kind: 'request', request }
  return state ? undefined : { kind: 'elsewhere' }
}

async function keep(turn: Turn, target: Target, file: IncomingFile, mimeType: string) {
  // The rest of an album goes where its first file went, acknowledged once.
  const album = await albumHome(turn, file)
  if (album) {
    await storeFile(turn, album, file, mimeType, null)
    return touchDraft(turn, album)
  }
  switch (target.kind) {
    case 'documents':
      return toDraft(turn, target.progress, file, mimeType)
    case 'answering':
      return whileAnswering(turn, target.state, file, mimeType)
    case 'request':
      return fulfilRequest(turn, target.request, file, mimeType)
    case 'elsewhere':
      return toLatestDraft(turn, file, mimeType)
  }
}

/** Outside any flow: kept unsorted on the draft set aside, or refused when there is none. */
async function toLatestDraft(turn: Turn, file: IncomingFile, mimeType: string): Promise<void> {
  const draft = await latestDraft(turn)
  if (!draft) {
    return void turn.replies.push({
      lines: [{ key: 'app-file-no-draft' }],
      buttons: [[statusButton()], [{ label: { key: 'menu-results' }, data: 'm:results' }]],
    })
  }
  const stored = await storeFile(turn, draft.id, file, mimeType, null)
  await touchDraft(turn, draft.id)
  if (stored.kind === 'stored' && !stored.firstOfUpload) return
  const args = { name: programmeName(turn, draft.programmeId), reference: draft.reference }
  turn.replies.push({
    lines: [{ key: stored.kind === 'duplicate' ? 'app-file-duplicate' : 'app-file-kept', args }],
    buttons: [[button({ key: 'app-continue' }, 'continue', draft.id)]],
  })
}

async function albumHome(turn: Turn, file: IncomingFile): Promise<string | undefined> {
  if (!file.groupId) return undefined
  const sibling = await turn.tx.applicationDocument.findFirst({
    where: { groupId: file.groupId, application: { workerId: turn.worker.id } },
  })
  return sibling?.applicationId
}

async function toDraft(
  turn: Turn,
  progress: DocumentsProgress,
  file: IncomingFile,
  mimeType: string,
): Promise<void> {
  const application = await ownApplication(turn, progress.applicationId)
  if (application?.status !== 'draft') return showDocuments(turn, progress)
  const stored = await storeFile(turn, application.id, file, mimeType, progress.current)
  await touchDraft(turn, application.id)
  if (stored.kind === 'duplicate')
    return void turn.replies.push({ lines: [{ key: 'app-file-duplicate' }] })
  if (!stored.firstOfUpload) return

  const form = turn.deps.forms.forms[application.programmeId]
  const document = form?.documents.find((one) => one.type === progress.current)
  if (!document) return showDocuments(turn, progress, [{ key: 'app-file-unsorted' }])
  const name = documentLabel(turn, document.type)
  if (!document.multiple) {
    return showDocuments(turn, { ...progress, current: null }, [
      { key: 'app-file-received', args: { name } },
      '',
    ])
  }
  turn.replies.push({
    lines: [{ key: 'app-file-received-more', args: { name } }],
    buttons: [
      [button({ key: 'app-doc-next' }, 'next', application.id)],
      [button({ key: 'app-later' }, 'later')],
    ],
  })
}

async function whileAnswering(
  turn: Turn,
  state: FlowState,
  file: IncomingFile,
  mimeType: string,
): Promise<void> {
  const handler = flowHandler(state.flowId, turn.deps)
  const applicationId = String(state.answers._application)
  const application = await ownApplication(turn, applicationId)
  if (!handler || application?.status !== 'draft') return
  const stored = await storeFile(turn, application.id, file, mimeType, null)
  await touchDraft(turn, application.id)
  if (stored.kind === 'stored' && !stored.firstOfUpload) return

  const lead = stored.kind === 'duplicate' ? 'app-file-duplicate' : 'app-file-for-later'
  await applyOutcome(turn, handler, resume(handler.flow, state, [{ key: lead }, '']))
}
