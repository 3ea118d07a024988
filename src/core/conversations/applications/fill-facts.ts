import type { Answers, FlowState } from '../../../flows/types.ts'
import type { FlowHandler } from '../flows.ts'
import type { Turn } from '../turn.ts'
import { applicationFlow, DRAFT, factsOf } from './application-flow.ts'
import { readDraft, saveDraft } from './draft.ts'
import { continueApplication } from './next-step.ts'
import { rememberFacts } from './profile-facts.ts'

/**
 * The missing facts are in: they fill the draft and the worker's profile
 * (so no later form or screening asks them again), then the form goes on.
 */
async function finish(turn: Turn, answers: Answers): Promise<void> {
  const application = await turn.tx.application.findFirst({
    where: { id: String(answers[DRAFT]), workerId: turn.worker.id, status: 'draft' },
  })
  const draft = application && readDraft(turn, application)
  if (!draft) return void turn.replies.push({ lines: [{ key: 'apply-gone' }] })

  const facts = factsOf(answers)
  draft.data.facts = { ...draft.data.facts, ...facts }
  await saveDraft(turn, draft)
  await rememberFacts(turn, facts)
  await continueApplication(turn, draft)
}

/** Each answer counts as activity on the draft, so it is not reminded while being filled in. */
async function onStep(turn: Turn, state: FlowState): Promise<void> {
  await turn.tx.application.updateMany({
    where: { id: String(state.answers[DRAFT]), workerId: turn.worker.id, status: 'draft' },
    data: { lastActivityAt: turn.deps.now() },
  })
}

export const applicationFacts: FlowHandler = { flow: applicationFlow, finish, onStep }
