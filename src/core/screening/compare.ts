import type { Op } from '../programmes/criterion-schema.ts'
import type { CriterionValue } from './outcome.ts'

type Expected = CriterionValue | null

const ordered = {
  lt: (a: number, b: number) => a < b,
  lte: (a: number, b: number) => a <= b,
  gt: (a: number, b: number) => a > b,
  gte: (a: number, b: number) => a >= b,
}

/**
 * Whether an answered fact meets a rule. Values of the wrong shape never match; the policy
 * schema refuses such rules, so this only guards against hand-built policies.
 */
export function compare(op: Op, actual: CriterionValue, expected: Expected): boolean {
  switch (op) {
    case 'eq':
      return actual === expected
    case 'neq':
      return actual !== expected
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return (
        typeof actual === 'number' && typeof expected === 'number' && ordered[op](actual, expected)
      )
    case 'in':
      return isList(expected) && typeof actual === 'string' && expected.includes(actual)
    case 'includes':
      return isList(actual) && typeof expected === 'string' && actual.includes(expected)
    case 'includes_any':
      return isList(actual) && isList(expected) && actual.some((one) => expected.includes(one))
    case 'not_empty':
      return isList(actual) && actual.length > 0
    case 'empty':
      return isList(actual) && actual.length === 0
  }
}

function isList(value: unknown): value is readonly string[] {
  return Array.isArray(value)
}
