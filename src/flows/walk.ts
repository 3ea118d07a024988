import type { Answers, Flow, Step } from './types.ts'

/** Steps that apply given what is known so far, in order. */
export function applicableSteps(flow: Flow, answers: Answers): Step[] {
  return flow.steps.filter((step) => step.when?.(answers) ?? true)
}

/** The first step that applies and is still unanswered, if any. */
export function nextStep(flow: Flow, answers: Answers): Step | undefined {
  return applicableSteps(flow, answers).find((step) => !(step.fact in answers))
}

/** Drops answers to steps that no longer apply (e.g. school stage after "no children"). */
export function keepApplicable(flow: Flow, answers: Answers): Answers {
  const facts = new Set(applicableSteps(flow, answers).map((step) => step.fact))
  const known = new Set(flow.steps.map((step) => step.fact))
  return Object.fromEntries(
    Object.entries(answers).filter(([fact]) => facts.has(fact) || !known.has(fact)),
  )
}
