import { grantConsent } from '../../privacy/consent.ts'
import type { Feature } from '../feature.ts'
import type { Turn } from '../turn.ts'
import { answersHandler } from './answers-stage.ts'
import { applyIntent } from './apply-intent.ts'
import { verbs } from './buttons.ts'
import { classify, editAnswer, later, nextStep, redo, skip } from './document-actions.ts'
import { documentsStage } from './documents-stage.ts'
import { ownApplication } from './draft.ts'
import { applyFor } from './start.ts'
import { showStatus } from './status.ts'
import { submit } from './submit.ts'
import { upload } from './upload.ts'
import { askWithdraw, withdraw } from './withdraw.ts'
import { programmeName } from './words.ts'

type Action = (turn: Turn, arg: string, extra: string) => Promise<void>

const actions: Record<string, Action> = {
  [verbs.apply]: (turn, programmeId) => applyFor(turn, programmeId),
  [verbs.continue]: continueDraft,
  [verbs.next]: (turn, id) => nextStep(turn, id),
  [verbs.skip]: (turn, id) => skip(turn, id),
  [verbs.later]: (turn) => later(turn),
  [verbs.classify]: (turn, choice, fileId) => classify(turn, choice, fileId),
  [verbs.edit]: (turn, stepId) => editAnswer(turn, stepId),
  [verbs.redo]: (turn, index) => redo(turn, index),
  [verbs.submit]: (turn, id) => submit(turn, id),
  [verbs.status]: (turn) => showStatus(turn),
  [verbs.withdraw]: (turn, id) => askWithdraw(turn, id),
  [verbs.withdrawConfirmed]: (turn, id) => withdraw(turn, id),
  [verbs.consent]: async (turn, programmeId) => {
    await grantConsent(turn.tx, turn.worker.id, 'sensitive', turn.cache?.consents)
    await applyFor(turn, programmeId)
  },
}

/** A "continue" button: only a draft of the worker's own can be picked up again. */
async function continueDraft(turn: Turn, id: string): Promise<void> {
  const application = await ownApplication(turn, id)
  if (application?.status === 'draft') return applyFor(turn, application.programmeId)
  const args = application && {
    name: programmeName(turn, application.programmeId),
    reference: application.reference,
    status: turn.t(`app-status-${application.status}`),
  }
  turn.replies.push({
    lines: [args ? { key: 'app-not-draft', args } : { key: 'app-not-yours' }],
    buttons: [[{ label: { key: 'app-status-button' }, data: `a:${verbs.status}` }]],
  })
}

/**
 * Applying in chat: from a result or programme page (or typed), answers the
 * form still needs, documents one type at a time, a summary to check and
 * change, submission; /status lists applications and withdraws undecided ones.
 */
export const applicationsFeature: Feature = {
  name: 'applications',
  flows: [documentsStage],
  flowFor: (flowId, deps) => answersHandler(deps.forms, flowId),
  commands: { status: showStatus, apply: (turn) => applyIntent(turn) },
  buttons: {
    a: async (turn, value) => {
      const [verb = '', arg = '', extra = ''] = value.split(':')
      const action = actions[verb]
      if (action) return action(turn, arg, extra)
      turn.replies.push({ lines: [{ key: 'button-expired' }] })
    },
  },
  file: upload,
}
