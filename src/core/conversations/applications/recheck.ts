import { startFlow } from '../../../flows/engine.ts'
import type { Reply } from '../../../flows/types.ts'
import type { Application } from '../../../generated/prisma/client.ts'
import { evaluate } from '../../screening/evaluate.ts'
import { explainDecision } from '../../screening/explain.ts'
import { wording } from '../../screening/wording.ts'
import type { Turn } from '../turn.ts'
import { answersFlow } from './answers-flow.ts'
import { openAnswers } from './draft.ts'
import { factsOf } from './remember-facts.ts'
import { answeredSteps, chunk, editButtons } from './summary.ts'
import { programmeName } from './words.ts'

/** Whether the draft still lacks an answer its form asks (e.g. cleared by a withdrawal). */
export function missingAnswers(turn: Turn, application: Application): boolean {
  const flow = answersFlow(turn.deps.forms, application.programmeId)
  return flow !== undefined && startFlow(flow, openAnswers(turn, application)).kind !== 'done'
}

/**
 * The programme's criteria checked again with the draft's own facts (an
 * answer may have been corrected on the summary). Returns the reply that
 * stops submission when a criterion now fails, else undefined.
 */
export function ruledOut(turn: Turn, application: Application): Reply | undefined {
  const { policy, forms } = turn.deps
  const { programmeId } = application
  if (forms.forms[programmeId]?.via === 'events') return undefined
  const facts = factsOf(openAnswers(turn, application))
  const decision = evaluate(policy, facts).decisions.find((one) => one.programmeId === programmeId)
  if (decision?.verdict !== 'ineligible') return undefined

  const fail = wording[turn.locale].marks.fail
  const failed = explainDecision(decision, policy, turn.locale).filter((line) =>
    line.startsWith(fail),
  )
  const name = programmeName(turn, programmeId)
  return {
    lines: [
      { key: 'app-submit-ineligible', args: { name } },
      ...failed,
      '',
      { key: 'app-submit-ineligible-next' },
    ],
    buttons: [
      [{ label: { key: 'results-human' }, data: `h:${programmeId}` }],
      ...chunk(editButtons(answeredSteps(turn, application)), 4),
    ],
  }
}
