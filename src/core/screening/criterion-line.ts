import type { Criterion, CriterionGroup, Rule } from '../programmes/criterion-schema.ts'
import type { Locale } from '../programmes/localised.ts'
import type { CriterionOutcome, GroupOutcome, RuleOutcome } from './outcome.ts'
import { ruleText, yoursText } from './rule-text.ts'
import type { Wording } from './wording.ts'

/**
 * One line for one criterion: mark, rule, threshold and the worker's value. For a group,
 * the line names the alternative that passed, or lists those that failed or are unknown.
 * Throws when the outcome does not match the criterion (explained with another policy).
 */
export function criterionLine(
  criterion: Criterion,
  outcome: CriterionOutcome,
  words: Wording,
  locale: Locale,
): string {
  const mark = words.marks[outcome.outcome]
  if ('any' in criterion && 'any' in outcome) {
    return mark + groupText(criterion, outcome, words, locale)
  }
  if (!('any' in criterion) && !('any' in outcome)) {
    return mark + clause(criterion, outcome, words)
  }
  throw mismatch(outcome.id)
}

function groupText(group: CriterionGroup, outcome: GroupOutcome, words: Wording, locale: Locale) {
  const alike = outcome.any.filter((one) => one.outcome === outcome.outcome)
  const shown = outcome.outcome === 'pass' ? alike.slice(0, 1) : alike
  const clauses = shown.map((one) => clause(ruleById(group.any, one.id), one, words))
  return group.label[locale] + words.labelJoin + clauses.join(words.clauseOr)
}

function clause(rule: Rule, outcome: RuleOutcome, words: Wording): string {
  return ruleText(rule, outcome, words) + yoursText(rule, outcome, words)
}

function ruleById(rules: readonly Rule[], id: string): Rule {
  const rule = rules.find((one) => one.id === id)
  if (!rule) throw mismatch(id)
  return rule
}

function mismatch(id: string): Error {
  return new Error(
    `Criterion ${id} does not match the policy; explain with the policy that screened`,
  )
}
