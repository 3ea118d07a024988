import { afterAll, describe, expect, it } from 'vitest'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import { evaluate } from '../../../src/core/screening/evaluate.ts'
import { explainDecision } from '../../../src/core/screening/explain.ts'
import type { Facts } from '../../../src/core/screening/facts.ts'
import { policyPath, workers } from '../screening/workers.ts'
import { policyCopies } from './policy-copies.ts'

const copies = policyCopies()
afterAll(copies.remove)

function monthlySubsidy(path: string, facts: Facts) {
  const policy = loadPolicy(path)
  const decision = evaluate(policy, facts).decisions.find(
    (one) => one.programmeId === 'monthly_living_subsidy',
  )
  if (!decision) throw new Error('no monthly subsidy decision')
  return { policy, decision }
}

describe('an admin changing a threshold without a deploy', () => {
  it('lowering the low-income line to 1,000 yuan takes the monthly subsidy from 李大姐', () => {
    const lowered = copies.write((policy) => {
      policy.version = '2027.01-lower-line'
      policy.thresholds.lowIncomeLine = 1000
    })

    expect(monthlySubsidy(policyPath, workers.liDajie).decision.verdict).toBe('eligible')
    const { policy, decision } = monthlySubsidy(lowered, workers.liDajie)
    expect(decision.verdict).toBe('ineligible')
    expect(explainDecision(decision, policy, 'zh-CN')).toEqual([
      '✗ 家庭人均月收入不超过 1,000 元（您家：1,100 元）',
    ])
  })

  it('raising it to 3,000 yuan brings 小王 within the monthly subsidy', () => {
    const raised = copies.write((policy) => {
      policy.thresholds.lowIncomeLine = 3000
    })

    expect(monthlySubsidy(raised, workers.xiaoWang).decision.verdict).toBe('eligible')
  })
})
