import type { Criterion, Rule } from '../programmes/criterion-schema.ts'
import type { Thresholds } from '../programmes/policy-schema.ts'
import { compare } from './compare.ts'
import type { KnownFacts } from './fact-kinds.ts'
import type { CriterionOutcome, CriterionValue, Outcome, RuleOutcome } from './outcome.ts'

/**
 * Evaluates one criterion against the worker's facts. An unanswered fact, or the answer
 * "unsure", gives `unknown` rather than `fail`, unless the rule itself names "unsure"
 * (insurance guidance is meant for workers who are not sure). A group passes when any
 * rule passes and fails only when every rule fails.
 */
export function evaluateCriterion(
  criterion: Criterion,
  facts: KnownFacts,
  thresholds: Thresholds,
): CriterionOutcome {
  if (!('any' in criterion)) return evaluateRule(criterion, facts, thresholds)

  const any = criterion.any.map((rule) => evaluateRule(rule, facts, thresholds))
  return { id: criterion.id, outcome: anyOf(any.map((rule) => rule.outcome)), any }
}

function evaluateRule(rule: Rule, facts: KnownFacts, thresholds: Thresholds): RuleOutcome {
  const expected = expectedValue(rule, thresholds)
  const actual: CriterionValue | undefined = facts[rule.fact]

  if (actual === undefined) return { id: rule.id, outcome: 'unknown', expected }
  const outcome = isUnsure(actual, expected) ? 'unknown' : pass(compare(rule.op, actual, expected))
  return { id: rule.id, outcome, actual, expected }
}

function expectedValue(rule: Rule, thresholds: Thresholds): CriterionValue | null {
  if (rule.threshold === undefined) return rule.value ?? null

  const value = thresholds[rule.threshold]
  if (value === undefined) {
    throw new Error(
      `Criterion ${rule.id} names unknown threshold ${rule.threshold}; load the policy with loadPolicy`,
    )
  }
  return value
}

function isUnsure(actual: CriterionValue, expected: CriterionValue | null): boolean {
  if (actual !== 'unsure') return false
  return expected !== 'unsure' && !(Array.isArray(expected) && expected.includes('unsure'))
}

function pass(met: boolean): Outcome {
  return met ? 'pass' : 'fail'
}

function anyOf(outcomes: Outcome[]): Outcome {
  if (outcomes.includes('pass')) return 'pass'
  return outcomes.includes('unknown') ? 'unknown' : 'fail'
}
