import type { Thresholds } from '../programmes/policy-schema.ts'
import type { Programme } from '../programmes/programme-schema.ts'
import { evaluateCriterion } from './criterion.ts'
import { estimateBenefit } from './estimate.ts'
import type { KnownFacts } from './fact-kinds.ts'
import type { ProgrammeDecision } from './outcome.ts'
import { verdictOf } from './verdict.ts'

/** The decision for one programme; a planned programme is never offered. */
export function decide(
  programme: Programme,
  facts: KnownFacts,
  thresholds: Thresholds,
): ProgrammeDecision {
  const programmeId = programme.id
  if (programme.status === 'planned') {
    return { programmeId, verdict: 'ineligible', reason: 'not_yet_available', criteria: [] }
  }

  const criteria = programme.criteria.map((one) => evaluateCriterion(one, facts, thresholds))
  const outcomes = criteria.map((one) => one.outcome)
  const verdict = verdictOf(outcomes, programme.needsCaseworker === true)

  const estimate = verdict === 'ineligible' ? undefined : estimateBenefit(programme.benefit, facts)
  return estimate
    ? { programmeId, verdict, criteria, estimate }
    : { programmeId, verdict, criteria }
}
