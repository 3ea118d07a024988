import { moveApplication } from '../../applications/transition.ts'
import { clearFlow } from '../flow-store.ts'
import type { Turn } from '../turn.ts'
import { statusButton } from './buttons.ts'
import { showDocuments } from './documents-stage.ts'
import { applicationDeps, ownApplication } from './draft.ts'
import { nextDocument } from './next-document.ts'
import { loadProgress } from './progress-store.ts'
import { missingAnswers, ruledOut } from './recheck.ts'
import { applyFor } from './start.ts'
import { programmeName, reviewChain } from './words.ts'

/**
 * Submit from the summary: only a complete draft of the worker's own goes;
 * the worker sees the reference, "submitted" and what happens next.
 */
export async function submit(turn: Turn, applicationId: string): Promise<void> {
  const application = await ownApplication(turn, applicationId)
  if (application?.status !== 'draft') {
    return void turn.replies.push({
      lines: [{ key: 'app-draft-gone' }],
      buttons: [[statusButton()]],
    })
  }
  // Answers cleared since (consent withdrawn) are asked again, after consent.
  if (missingAnswers(turn, application)) return applyFor(turn, application.programmeId)
  const refusal = ruledOut(turn, application)
  if (refusal) return void turn.replies.push(refusal)

  const progress = (await loadProgress(turn)) ?? { applicationId, skipped: [], current: null }
  const files = await turn.tx.applicationDocument.findMany({ where: { applicationId } })
  const documents = turn.deps.forms.forms[application.programmeId]?.documents ?? []
  if (nextDocument(documents, files, { ...progress, current: null }).kind !== 'summary') {
    return showDocuments(turn, { ...progress, applicationId }, [{ key: 'app-submit-missing' }])
  }

  const moved = await moveApplication(applicationDeps(turn), {
    applicationId,
    to: 'submitted',
    actor: 'worker',
  })
  if (!moved.ok) return void turn.replies.push({ lines: [{ key: 'app-draft-gone' }] })
  await clearFlow(turn)
  const args = {
    name: programmeName(turn, application.programmeId),
    reference: application.reference,
    chain: reviewChain(turn, application.programmeId),
  }
  turn.replies.push({ lines: [{ key: 'app-submitted', args }], buttons: [[statusButton()]] })
}
