import { type FactKind, type FactName, factKinds } from '../screening/fact-kinds.ts'
import { type Facts, factsSchema } from '../screening/facts.ts'
import type { Op } from './criterion-schema.ts'

type RuleShape = {
  fact: FactName
  op: Op
  value?: number | string | string[] | undefined
  threshold?: string | undefined
}

/** Which field of a rule is wrong, and what to write instead. */
export type RuleProblem = { field: 'op' | 'value' | 'threshold'; message: string }

const factKindsFor: Record<Op, readonly FactKind[]> = {
  eq: ['number', 'choice'],
  neq: ['number', 'choice'],
  lt: ['number'],
  lte: ['number'],
  gt: ['number'],
  gte: ['number'],
  in: ['choice'],
  includes: ['list'],
  includes_any: ['list'],
  not_empty: ['list'],
  empty: ['list'],
}

/**
 * Checks that a rule's operator suits its fact and that its value is a possible answer,
 * so a typo in the policy file ("famly_hospitalised") is refused at load, not ignored.
 */
export function ruleProblem(rule: RuleShape): RuleProblem | undefined {
  const kind = factKinds[rule.fact]
  const hasValue = rule.value !== undefined
  const hasThreshold = rule.threshold !== undefined

  if (!factKindsFor[rule.op].includes(kind)) {
    return { field: 'op', message: `${rule.op} does not apply to the ${kind} fact ${rule.fact}` }
  }
  if (rule.op === 'empty' || rule.op === 'not_empty') {
    return hasValue || hasThreshold
      ? { field: 'value', message: `${rule.op} takes no value or threshold` }
      : undefined
  }
  if (hasValue === hasThreshold) {
    return { field: 'value', message: 'give exactly one of value or threshold' }
  }
  if (hasThreshold) {
    return kind === 'number'
      ? undefined
      : { field: 'threshold', message: 'thresholds apply to numeric facts only' }
  }
  return valueProblem(rule.fact, rule.op, rule.value)
}

function valueProblem(fact: FactName, op: Op, value: RuleShape['value']): RuleProblem | undefined {
  const many = op === 'in' || op === 'includes_any'
  if (many !== Array.isArray(value)) {
    const wanted = many ? 'a list of values' : 'a single value'
    return { field: 'value', message: `${op} needs ${wanted}` }
  }

  const values = Array.isArray(value) ? value : [value]
  const misfit = values.find((one) => !fits(fact, one))
  if (misfit === undefined) return undefined
  return {
    field: 'value',
    message: `${JSON.stringify(misfit)} is not a possible answer to ${fact}`,
  }
}

function fits(fact: FactName, value: unknown): boolean {
  const kind = factKinds[fact]
  if (kind === 'number') return typeof value === 'number'

  const schema = factsSchema.shape[fact as keyof Facts]
  return schema.safeParse(kind === 'list' ? [value] : value).success
}
