import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import type { Locale } from '../../../src/core/programmes/localised.ts'
import { evaluate } from '../../../src/core/screening/evaluate.ts'
import { explainDecision, formatEstimate } from '../../../src/core/screening/explain.ts'
import type { Facts } from '../../../src/core/screening/facts.ts'
import { policyPath, workers } from './workers.ts'

const policy = loadPolicy(policyPath)

function explain(facts: Facts, programmeId: string, locale: Locale = 'zh-CN') {
  const decision = evaluate(policy, facts).decisions.find((one) => one.programmeId === programmeId)
  if (!decision) throw new Error(`no decision for ${programmeId}`)
  return explainDecision(decision, policy, locale)
}

describe('explaining a decision to the worker', () => {
  it('李大姐 sees the income rule, the 1,500 yuan line and her own 1,100 yuan', () => {
    expect(explain(workers.liDajie, 'monthly_living_subsidy')).toEqual([
      '✓ 家庭人均月收入不超过 1,500 元（您家：1,100 元）',
    ])
  })

  it('小王 sees why the monthly subsidy is not for him', () => {
    expect(explain(workers.xiaoWang, 'monthly_living_subsidy')).toEqual([
      '✗ 家庭人均月收入不超过 1,500 元（您家：3,000 元）',
    ])
  })

  it('老郑 sees every rule of medical aid with his answers, thousands separated', () => {
    expect(explain(workers.laoZheng, 'medical_aid')).toEqual([
      '✓ 本人或家人患病情况：至少有一项（您家：家人住院）',
      '✓ 医保报销后自付的医疗费至少 5,000 元（您家：30,000 元）',
      '✓ 家庭人均月收入不超过 3,000 元（您家：1,800 元）',
    ])
  })

  it('a group of alternatives names the one that the worker meets', () => {
    const lines = explain(workers.laoZheng, 'temporary_living_subsidy')

    expect(lines[0]).toBe('✓ 近期收入骤减：是（您：是）')
    expect(lines[1]).toBe(
      '✓ 家中突遭变故：本人或家人患病情况包括家人住院、本人患重病或家人患重病（您家：家人住院）',
    )
  })

  it('a group that fails lists every alternative with the worker’s answer', () => {
    const [, grounds] = explain(workers.xiaoWang, 'discount_shop')

    expect(grounds).toMatch(/^✗ 符合困难职工认定情形之一：/)
    expect(grounds).toContain('家庭人均月收入不超过 1,500 元（您家：3,000 元）')
    expect(grounds).toContain('；或家庭情况包括单亲家庭、老人长期服药')
    expect(grounds).toContain('（您家：没有）')
  })

  it('an English-speaking worker gets the same explanation in English', () => {
    expect(explain(workers.liDajie, 'monthly_living_subsidy', 'en')).toEqual([
      '✓ Monthly household income per person at most 1,500 yuan (yours: 1,100 yuan)',
    ])
    expect(explain(workers.laoZheng, 'medical_aid', 'en')[1]).toBe(
      '✓ Medical costs paid yourself after insurance at least 5,000 yuan (yours: 30,000 yuan)',
    )
  })

  it('a programme a caseworker must confirm says so in its own line', () => {
    const lines = explain(workers.laoChen, 'special_relief_fund')

    expect(lines.at(-1)).toBe('? 需要核实：工作人员审核后才能最终确定')
  })

  it('a programme open to everyone says so instead of listing rules', () => {
    expect(explain({}, 'free_checkup')).toEqual(['✓ 所有职工都可以参加'])
  })

  it('a planned programme is explained as not yet available', () => {
    expect(explain(workers.laoChen, 'mutual_aid')).toEqual(['✗ 该项目尚未开放'])
    expect(explain(workers.laoChen, 'mutual_aid', 'en')).toEqual(['✗ Not yet available'])
  })
})

describe('showing how much the worker may get', () => {
  const decision = (estimate: { min: number; max: number; period: 'month' | 'once' | 'year' }) => ({
    programmeId: 'any',
    verdict: 'eligible' as const,
    criteria: [],
    estimate,
  })

  it('writes each kind of amount the way a worker would say it', () => {
    expect(formatEstimate(decision({ min: 800, max: 800, period: 'month' }), 'zh-CN')).toBe(
      '每月 800 元',
    )
    expect(formatEstimate(decision({ min: 3000, max: 3000, period: 'once' }), 'zh-CN')).toBe(
      '一次性 3,000 元',
    )
    expect(formatEstimate(decision({ min: 9000, max: 15000, period: 'once' }), 'zh-CN')).toBe(
      '约 9,000–15,000 元',
    )
    expect(formatEstimate(decision({ min: 5000, max: 5000, period: 'year' }), 'zh-CN')).toBe(
      '5,000 元/年',
    )
  })

  it('has English forms too', () => {
    expect(formatEstimate(decision({ min: 800, max: 800, period: 'month' }), 'en')).toBe(
      '800 yuan a month',
    )
    expect(formatEstimate(decision({ min: 9000, max: 15000, period: 'once' }), 'en')).toBe(
      'about 9,000–15,000 yuan',
    )
  })

  it('says nothing when a programme has no fixed amount', () => {
    expect(formatEstimate({ programmeId: 'x', verdict: 'eligible', criteria: [] }, 'zh-CN')).toBe(
      undefined,
    )
  })
})
