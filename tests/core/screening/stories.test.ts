import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import { evaluate } from '../../../src/core/screening/evaluate.ts'
import { formatEstimate } from '../../../src/core/screening/explain.ts'
import type { Facts } from '../../../src/core/screening/facts.ts'
import { policyPath, workers } from './workers.ts'

const policy = loadPolicy(policyPath)

function screen(facts: Facts) {
  const { decisions } = evaluate(policy, facts)
  const decision = (id: string) => {
    const found = decisions.find((one) => one.programmeId === id)
    if (!found) throw new Error(`no decision for ${id}`)
    return found
  }
  return { verdict: (id: string) => decision(id).verdict, decision }
}

function expectRuledOut(verdict: (id: string) => string, ids: string[]) {
  for (const id of ids) expect(verdict(id), id).toBe('ineligible')
}

describe('the five workers of the article', () => {
  it('老郑, whose parent was hospitalised, gets medical aid and a 3,000 yuan temporary subsidy', () => {
    const { verdict, decision } = screen(workers.laoZheng)

    expect(verdict('medical_aid')).toBe('eligible')
    expect(decision('medical_aid').estimate).toEqual({ min: 9000, max: 15000, period: 'once' })
    expect(formatEstimate(decision('medical_aid'), 'zh-CN')).toBe('约 9,000–15,000 元')
    expect(verdict('temporary_living_subsidy')).toBe('eligible')
    expect(formatEstimate(decision('temporary_living_subsidy'), 'zh-CN')).toBe('一次性 3,000 元')
    expectRuledOut(verdict, [
      'monthly_living_subsidy',
      'critical_illness_mutual_aid',
      'education_subsidy',
      'skills_training',
    ])
  })

  it('李大姐, a family of four on low pay, gets 800 yuan a month and the discount shop', () => {
    const { verdict, decision } = screen(workers.liDajie)

    expect(verdict('monthly_living_subsidy')).toBe('eligible')
    expect(decision('monthly_living_subsidy').estimate).toEqual({
      min: 800,
      max: 800,
      period: 'month',
    })
    expect(formatEstimate(decision('monthly_living_subsidy'), 'zh-CN')).toBe('每月 800 元')
    expect(verdict('discount_shop')).toBe('eligible')
    expectRuledOut(verdict, [
      'medical_aid',
      'critical_illness_mutual_aid',
      'temporary_living_subsidy',
    ])
  })

  it('小王, worried about automation, is offered skills training and no hardship aid', () => {
    const { verdict } = screen(workers.xiaoWang)

    expect(verdict('skills_training')).toBe('eligible')
    expectRuledOut(verdict, [
      'monthly_living_subsidy',
      'medical_aid',
      'education_subsidy',
      'discount_shop',
    ])
  })

  it('老陈, on dialysis, gets medical aid and critical-illness mutual aid', () => {
    const { verdict, decision } = screen(workers.laoChen)

    expect(verdict('medical_aid')).toBe('eligible')
    expect(decision('medical_aid').estimate).toEqual({ min: 7200, max: 12000, period: 'once' })
    expect(verdict('critical_illness_mutual_aid')).toBe('eligible')
    expectRuledOut(verdict, [
      'monthly_living_subsidy',
      'temporary_living_subsidy',
      'education_subsidy',
    ])
  })

  it('老杨, whose daughter starts university, gets 5,000 yuan and a campus-grant referral', () => {
    const { verdict, decision } = screen(workers.laoYang)

    expect(verdict('education_subsidy')).toBe('eligible')
    expect(decision('education_subsidy').estimate).toEqual({ min: 5000, max: 5000, period: 'year' })
    expect(formatEstimate(decision('education_subsidy'), 'zh-CN')).toBe('5,000 元/年')
    expect(verdict('campus_grant_referral')).toBe('eligible')
    expectRuledOut(verdict, ['monthly_living_subsidy', 'medical_aid', 'skills_training'])
  })
})
