import type { Button, FlowState, Input, Reply } from '../../../flows/types.ts'
import type { Application } from '../../../generated/prisma/client.ts'
import { clearFlow } from '../flow-store.ts'
import type { FlowHandler } from '../flows.ts'
import type { Turn } from '../turn.ts'
import { button } from './buttons.ts'
import { ownApplication, touchDraft } from './draft.ts'
import { type DocumentStep, type DocumentsProgress, nextDocument } from './next-document.ts'
import { DOCUMENTS_FLOW_ID, progressOf, saveProgress } from './progress-store.ts'
import { summaryReply } from './summary.ts'
import { documentLabel } from './words.ts'

/**
 * Shows the next thing the draft needs (sorting earlier files, a document,
 * or the summary) and remembers where the worker is. A draft that is no
 * longer a draft ends the stage.
 */
export async function showDocuments(
  turn: Turn,
  progress: DocumentsProgress,
  lead: Reply['lines'] = [],
): Promise<void> {
  const application = await ownApplication(turn, progress.applicationId)
  if (application?.status !== 'draft') {
    await clearFlow(turn)
    return void turn.replies.push({ lines: [...lead, { key: 'app-draft-gone' }] })
  }
  const form = turn.deps.forms.forms[application.programmeId]
  const files = await turn.tx.applicationDocument.findMany({
    where: { applicationId: application.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })
  const step = nextDocument(form?.documents ?? [], files, progress)

  const current = step.kind === 'upload' ? step.document.type : null
  await saveProgress(turn, { ...progress, current })
  if (step.kind === 'summary') {
    return void turn.replies.push(await summaryReply(turn, application, files, lead))
  }
  turn.replies.push(stepReply(turn, application, step, lead))
}

function stepReply(
  turn: Turn,
  application: Application,
  step: Exclude<DocumentStep, { kind: 'summary' }>,
  lead: Reply['lines'],
): Reply {
  const documents = turn.deps.forms.forms[application.programmeId]?.documents ?? []
  if (step.kind === 'classify') {
    return {
      lines: [...lead, { key: 'app-classify', args: { count: step.count } }],
      buttons: [
        ...documents.map((document, index) => [
          button(documentLabel(turn, document.type), 'classify', String(index), step.first.id),
        ]),
        [button({ key: 'app-classify-none' }, 'classify', 'x', step.first.id)],
      ],
    }
  }

  const { document, count } = step
  const name = documentLabel(turn, document.type)
  const lines: Reply['lines'] = [
    ...lead,
    { key: 'app-doc-progress', args: { n: step.index, total: step.total } },
    {
      key: 'app-doc-ask',
      args: { name, multiple: String(document.multiple), required: String(document.required) },
    },
  ]
  if (count === 0) lines.push({ key: 'app-doc-how' })
  else lines.push({ key: 'app-doc-have', args: { count } })

  const rows: Button[][] = []
  if (count > 0) rows.push([button({ key: 'app-doc-next' }, 'next', application.id)])
  if (!document.required && count === 0)
    rows.push([button({ key: 'app-doc-skip' }, 'skip', application.id)])
  // No camera in this chat, or no such paper: a person can help instead.
  rows.push([{ label: { key: 'results-human' }, data: `h:${application.programmeId}` }])
  rows.push([button({ key: 'app-later' }, 'later')])
  return { lines, buttons: rows }
}

/** Typed text or a sticker while documents are asked for: say what is wanted, ask again. */
async function input(turn: Turn, state: FlowState, event: Input): Promise<void> {
  const progress = progressOf(state)
  if (!progress) return
  await touchDraft(turn, progress.applicationId)
  const lead =
    event.type === 'unsupported'
      ? { key: 'app-doc-unsupported', args: { kind: event.kind } }
      : { key: event.type === 'text' ? 'app-doc-text' : 'flow-old-button' }
  await showDocuments(turn, progress, [lead])
}

export const documentsStage: FlowHandler = {
  flow: { id: DOCUMENTS_FLOW_ID, version: 1, steps: [] },
  finish: async () => {},
  input,
  resume: async (turn, state, lead) => {
    const progress = progressOf(state)
    if (progress) await showDocuments(turn, progress, lead)
  },
}
