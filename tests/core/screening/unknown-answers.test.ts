import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import { evaluate } from '../../../src/core/screening/evaluate.ts'
import { explainDecision } from '../../../src/core/screening/explain.ts'
import type { Facts } from '../../../src/core/screening/facts.ts'
import { policyPath, workers } from './workers.ts'

const policy = loadPolicy(policyPath)

function decisionFor(facts: Facts, programmeId: string) {
  const decision = evaluate(policy, facts).decisions.find((one) => one.programmeId === programmeId)
  if (!decision) throw new Error(`no decision for ${programmeId}`)
  return decision
}

describe('a worker who has not answered everything', () => {
  it('skipping the income question gives "maybe" and a line asking for the answer', () => {
    const { monthlyIncome: _, ...rest } = workers.liDajie
    const decision = decisionFor(rest, 'monthly_living_subsidy')

    expect(decision.verdict).toBe('maybe')
    expect(decision.estimate).toEqual({ min: 800, max: 800, period: 'month' })
    expect(explainDecision(decision, policy, 'zh-CN')).toEqual([
      '? 需要核实：家庭人均月收入不超过 1,500 元（您还没有回答）',
    ])
    expect(explainDecision(decision, policy, 'en')).toEqual([
      '? To check: Monthly household income per person at most 1,500 yuan (not answered yet)',
    ])
  })

  it('a worker who answered nothing is promised nothing except what is open to all', () => {
    const eligible = evaluate(policy, {}).decisions.filter((one) => one.verdict === 'eligible')

    expect(eligible.map((one) => one.programmeId)).toEqual(['free_checkup'])
  })

  it('a clear "no" still rules a programme out even when other answers are missing', () => {
    const decision = decisionFor({ incomeDrop: 'no' }, 'temporary_living_subsidy')

    expect(decision.verdict).toBe('ineligible')
  })

  it('"not sure" about insurance makes insurance guidance eligible, not unknown', () => {
    const decision = decisionFor({ insured: 'unsure' }, 'insurance_enrolment')

    expect(decision.verdict).toBe('eligible')
    expect(explainDecision(decision, policy, 'zh-CN')).toEqual([
      '✓ 医保参保情况：未参保或不确定（您：不确定）',
    ])
  })

  it('without the medical bill amount, medical aid is "maybe" and shows no figure', () => {
    const { medicalOutOfPocket: _, ...rest } = workers.laoZheng
    const decision = decisionFor(rest, 'medical_aid')

    expect(decision.verdict).toBe('maybe')
    expect(decision.estimate).toBeUndefined()
  })
})

describe('a household just above the income line', () => {
  it('is not rounded down into the monthly subsidy: 4,501 yuan for 3 is 1,500.33 a head', () => {
    const policy = loadPolicy(policyPath)
    const facts: Facts = { ...workers.liDajie, householdSize: 3, monthlyIncome: 4501 }
    const decision = evaluate(policy, facts).decisions.find(
      (d) => d.programmeId === 'monthly_living_subsidy',
    )
    if (!decision) throw new Error('no decision for the monthly subsidy')
    expect(decision.verdict).toBe('ineligible')
    expect(explainDecision(decision, policy, 'zh-CN').join('\n')).toContain('1,500.33')
  })
})
