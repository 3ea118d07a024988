import { screeningFlow } from '../../../flows/screening-flow.ts'
import type { Answers, Flow } from '../../../flows/types.ts'

/** Hidden answers: which facts this application asks, and which draft it fills. */
export const ASK = '__ask'
export const DRAFT = '__draft'

function asked(answers: Answers, fact: string): boolean {
  const list = answers[ASK]
  return Array.isArray(list) && list.includes(fact)
}

/**
 * The screening questions again, each asked only when the application's
 * form needs that fact and it is not known yet. Reusing the steps keeps the
 * wording, validation and "why we ask" identical to screening.
 */
export const applicationFlow: Flow = {
  id: 'application',
  version: 1,
  steps: screeningFlow.steps.map((step) => ({
    ...step,
    when: (answers: Answers) => asked(answers, step.fact) && (step.when?.(answers) ?? true),
  })),
}

/** The facts of a finished or stored flow, without the hidden bookkeeping. */
export function factsOf(answers: Answers): Answers {
  const { [ASK]: _ask, [DRAFT]: _draft, ...facts } = answers
  return facts
}
