/** A criterion's result: answered and met, answered and not met, or not known yet. */
export type Outcome = 'pass' | 'fail' | 'unknown'

/** What a programme decision says to the worker. */
export type Verdict = 'eligible' | 'maybe' | 'ineligible'

/** A value a criterion compares with: a number, a choice, or a list of choices. */
export type CriterionValue = number | string | readonly string[]

/** One rule's result, with the worker's value and the value it was held against. */
export type RuleOutcome = {
  id: string
  outcome: Outcome
  /** The worker's answer; absent when unanswered ("unsure" is kept so it can be explained). */
  actual?: CriterionValue
  /** The threshold or value used at evaluation time; null for `empty` and `not_empty`. */
  expected: CriterionValue | null
}

/** A group's result: passes when any of its rules passes, fails when all fail. */
export type GroupOutcome = {
  id: string
  outcome: Outcome
  any: RuleOutcome[]
}

export type CriterionOutcome = RuleOutcome | GroupOutcome

/** A rough amount the worker may receive, in yuan. */
export type Estimate = {
  min: number
  max: number
  period: 'month' | 'once' | 'year'
}

/** The screening decision for one programme. */
export type ProgrammeDecision = {
  programmeId: string
  verdict: Verdict
  /** Set when the verdict does not come from the criteria. */
  reason?: 'not_yet_available'
  criteria: CriterionOutcome[]
  estimate?: Estimate
}

/** Every programme's decision, tied to the policy version that produced it. */
export type ScreeningResult = {
  policyVersion: string
  effectiveFrom: string
  decisions: ProgrammeDecision[]
}
