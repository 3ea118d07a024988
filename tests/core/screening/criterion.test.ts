import { describe, expect, it } from 'vitest'
import type { Criterion } from '../../../src/core/programmes/criterion-schema.ts'
import { evaluateCriterion } from '../../../src/core/screening/criterion.ts'

const label = { 'zh-CN': '规则', en: 'rule' }
const insuredYes: Criterion = { id: 'insured', label, fact: 'insured', op: 'eq', value: 'yes' }
const lowIncome: Criterion = {
  id: 'low_income',
  label,
  fact: 'perCapitaIncome',
  op: 'lte',
  threshold: 'lowIncomeLine',
}
const crisis: Criterion = {
  id: 'crisis',
  label,
  any: [
    { id: 'ill', label, fact: 'illness', op: 'includes', value: 'family_hospitalised' },
    { id: 'disaster', label, fact: 'situations', op: 'includes', value: 'disaster' },
  ],
}
const thresholds = { lowIncomeLine: 1500 }

describe('one criterion, three possible outcomes', () => {
  it('an answer of "unsure" counts as unknown, never as a failure', () => {
    const outcome = evaluateCriterion(insuredYes, { insured: 'unsure' }, thresholds)

    expect(outcome).toEqual({
      id: 'insured',
      outcome: 'unknown',
      actual: 'unsure',
      expected: 'yes',
    })
  })

  it('a threshold is looked up by name and reported with the worker’s value', () => {
    const outcome = evaluateCriterion(lowIncome, { perCapitaIncome: 1100 }, thresholds)

    expect(outcome).toEqual({ id: 'low_income', outcome: 'pass', actual: 1100, expected: 1500 })
  })

  it('a group passes on any alternative, even if another is unanswered', () => {
    const outcome = evaluateCriterion(crisis, { illness: ['family_hospitalised'] }, thresholds)

    expect(outcome.outcome).toBe('pass')
  })

  it('a group stays unknown while an unanswered alternative could still pass', () => {
    const outcome = evaluateCriterion(crisis, { illness: [] }, thresholds)

    expect(outcome.outcome).toBe('unknown')
  })

  it('a group fails only when every alternative fails', () => {
    const outcome = evaluateCriterion(crisis, { illness: [], situations: ['accident'] }, thresholds)

    expect(outcome.outcome).toBe('fail')
  })
})
