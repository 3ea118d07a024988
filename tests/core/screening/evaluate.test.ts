import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import { evaluate } from '../../../src/core/screening/evaluate.ts'
import { policyPath, workers } from './workers.ts'

const policy = loadPolicy(policyPath)

describe('the screening result a worker is shown', () => {
  it('lists what the worker can get first, then what to check, cash before services', () => {
    const { decisions } = evaluate(policy, workers.laoZheng)
    const kindOf = (id: string) => policy.programmes.find((one) => one.id === id)?.kind
    const verdicts = decisions.map((one) => one.verdict)
    const eligible = decisions.filter((one) => one.verdict === 'eligible')

    expect(verdicts).toEqual([...verdicts].sort((a, b) => rank(a) - rank(b)))
    expect(eligible.slice(0, 2).map((one) => one.programmeId)).toEqual([
      'temporary_living_subsidy',
      'medical_aid',
    ])
    expect(eligible.slice(2).every((one) => kindOf(one.programmeId) !== 'cash')).toBe(true)
  })

  it('records which policy version decided, so a later change does not rewrite history', () => {
    const result = evaluate(policy, workers.liDajie)

    expect(result.policyVersion).toBe('2026.12-default')
    expect(result.effectiveFrom).toBe('2026-12-01')
    expect(result.decisions).toHaveLength(policy.programmes.length)
  })
})

function rank(verdict: string): number {
  return ['eligible', 'maybe', 'ineligible'].indexOf(verdict)
}
