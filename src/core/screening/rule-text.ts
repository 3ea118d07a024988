import type { Rule } from '../programmes/criterion-schema.ts'
import type { CriterionValue, RuleOutcome } from './outcome.ts'
import { fill, formatNumber } from './template.ts'
import type { FactWording, Wording } from './wording.ts'

/** The rule in words with the value it was held against: "家庭人均月收入不超过 1,500 元". */
export function ruleText(rule: Rule, outcome: RuleOutcome, words: Wording): string {
  const fact = words.facts[rule.fact]
  const value = outcome.expected === null ? '' : valueText(outcome.expected, fact, words, 'or')
  return fill(words.ops[rule.op], { fact: fact.noun, value })
}

/** The worker's own answer in brackets, or why it is missing: "（您家：1,100 元）". */
export function yoursText(rule: Rule, outcome: RuleOutcome, words: Wording): string {
  const { actual } = outcome
  if (actual === undefined) return words.unanswered
  if (outcome.outcome === 'unknown' && actual === 'unsure') return words.unsure

  const fact = words.facts[rule.fact]
  const value = valueText(actual, fact, words, 'and')
  return fill(words.yours, { owner: fact.owner ?? '', value })
}

function valueText(
  value: CriterionValue,
  fact: FactWording,
  words: Wording,
  join: 'and' | 'or',
): string {
  if (typeof value === 'number') return fill(fact.unit ?? '{n}', { n: formatNumber(value) })
  if (typeof value === 'string') return fact.values?.[value] ?? value
  if (value.length === 0) return words.none

  const items = value.map((one) => fact.values?.[one] ?? one)
  if (join === 'and' || items.length === 1) return items.join(words.listJoin)
  return `${items.slice(0, -1).join(words.listJoin)}${words.lastOr}${items.at(-1)}`
}
