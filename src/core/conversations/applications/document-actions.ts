import { editStep } from '../../../flows/engine.ts'
import { clearFlow, loadFlow } from '../flow-store.ts'
import type { Turn } from '../turn.ts'
import { askAnswers } from './answers-stage.ts'
import { statusButton } from './buttons.ts'
import { showDocuments } from './documents-stage.ts'
import { openAnswers, ownApplication, touchDraft } from './draft.ts'
import type { DocumentsProgress } from './next-document.ts'
import { uploadOf } from './next-document.ts'
import { progressOf } from './progress-store.ts'
import { documentLabel, programmeName } from './words.ts'

/**
 * The documents stage of the draft named by a button, or a kind refusal
 * when the button belongs to another application or an earlier message.
 */
async function current(turn: Turn, applicationId?: string): Promise<DocumentsProgress | undefined> {
  const state = await loadFlow(turn)
  const progress = state && progressOf(state)
  if (progress && (!applicationId || progress.applicationId === applicationId)) return progress
  // A button of the draft being filled in is only old; one of another application is named.
  const filling = progress?.applicationId ?? state?.answers._application
  const other =
    applicationId && applicationId !== filling
      ? await ownApplication(turn, applicationId)
      : undefined
  const args = other && { name: programmeName(turn, other.programmeId), reference: other.reference }
  turn.replies.push({
    lines: [args ? { key: 'app-button-other', args } : { key: 'button-expired' }],
    buttons: [[statusButton()]],
  })
  return undefined
}

/** "Done, next": the open multi-file document is finished. */
export async function nextStep(turn: Turn, applicationId: string): Promise<void> {
  const progress = await current(turn, applicationId)
  if (!progress) return
  const type = progress.current
  const count = type
    ? await turn.tx.applicationDocument.count({ where: { applicationId, docType: type } })
    : 0
  await touchDraft(turn, applicationId)
  const lead =
    type && count > 0
      ? [{ key: 'app-doc-done', args: { name: documentLabel(turn, type), count } }, '']
      : []
  await showDocuments(turn, { ...progress, current: null }, lead)
}

/** "Skip": an optional document the worker does not have. */
export async function skip(turn: Turn, applicationId: string): Promise<void> {
  const progress = await current(turn, applicationId)
  if (!progress?.current) return
  await touchDraft(turn, applicationId)
  const skipped = [...progress.skipped, progress.current]
  await showDocuments(turn, { ...progress, skipped, current: null })
}

/** "Later": the draft is kept; /status or the apply button picks it up again. */
export async function later(turn: Turn): Promise<void> {
  await clearFlow(turn)
  turn.replies.push({ lines: [{ key: 'app-later-kept' }], buttons: [[statusButton()]] })
}

/** Sorts an upload sent before its question: it is this document, or none (removed). */
export async function classify(turn: Turn, choice: string, fileId: string): Promise<void> {
  const progress = await current(turn)
  if (!progress) return
  const files = await turn.tx.applicationDocument.findMany({
    where: { applicationId: progress.applicationId },
  })
  const file = files.find((one) => one.id === fileId)
  const application = await ownApplication(turn, progress.applicationId)
  const documents = application
    ? (turn.deps.forms.forms[application.programmeId]?.documents ?? [])
    : []
  const document = choice === 'x' ? undefined : documents[Number(choice)]
  if (!file || file.docType !== null) return showDocuments(turn, progress)

  const ids = uploadOf(files, file).map((one) => one.id)
  await touchDraft(turn, progress.applicationId)
  if (!document) {
    await turn.tx.applicationDocument.deleteMany({ where: { id: { in: ids } } })
    return showDocuments(turn, progress)
  }
  await turn.tx.applicationDocument.updateMany({
    where: { id: { in: ids } },
    data: { docType: document.type },
  })
  // A document that takes several files stays open for the rest of them.
  const open = document.multiple ? document.type : progress.current
  const name = documentLabel(turn, document.type)
  await showDocuments(turn, { ...progress, current: open }, [
    { key: 'app-file-received', args: { name } },
    '',
  ])
}

/** From the summary: send one document again (its files are removed first). */
export async function redo(turn: Turn, index: string): Promise<void> {
  const progress = await current(turn)
  if (!progress) return
  const application = await ownApplication(turn, progress.applicationId)
  const document =
    application && turn.deps.forms.forms[application.programmeId]?.documents[Number(index)]
  if (!document) return showDocuments(turn, progress)
  await turn.tx.applicationDocument.deleteMany({
    where: { applicationId: progress.applicationId, docType: document.type },
  })
  await touchDraft(turn, progress.applicationId)
  const skipped = progress.skipped.filter((type) => type !== document.type)
  const name = documentLabel(turn, document.type)
  await showDocuments(turn, { ...progress, skipped, current: document.type }, [
    { key: 'app-doc-redo', args: { name } },
    '',
  ])
}

/** From the summary: the engine asks one answer again, then the summary returns. */
export async function editAnswer(turn: Turn, stepId: string): Promise<void> {
  const progress = await current(turn)
  if (!progress) return
  const application = await ownApplication(turn, progress.applicationId)
  if (application?.status !== 'draft') return showDocuments(turn, progress)
  await touchDraft(turn, application.id)
  await askAnswers(
    turn,
    {
      applicationId: application.id,
      programmeId: application.programmeId,
      known: openAnswers(turn, application),
      skipped: progress.skipped,
    },
    [],
    (flow, started) => editStep(flow, started.state, stepId),
  )
}
