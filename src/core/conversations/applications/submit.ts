import type { Reply } from '../../../flows/types.ts'
import { moveApplication } from '../../applications/transition.ts'
import { referForJudgement } from '../../cases/refer-for-judgement.ts'
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
  const lines: Reply['lines'] = [{ key: 'app-submitted', args }]
  // A programme a caseworker must judge goes to them at once, not only into the review queue.
  const programme = turn.deps.policy.programmes.find((p) => p.id === application.programmeId)
  if (programme?.needsCaseworker) {
    await referForJudgement(turn.tx, {
      workerId: turn.worker.id,
      programmeId: application.programmeId,
      applicationId,
      now: turn.deps.now(),
    })
    lines.push({ key: 'app-submitted-referred' })
  }
  turn.replies.push({ lines, buttons: [[statusButton()]] })
}
