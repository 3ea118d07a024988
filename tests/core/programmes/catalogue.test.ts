import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import { locales } from '../../../src/core/programmes/localised.ts'
import { evaluate } from '../../../src/core/screening/evaluate.ts'
import type { Facts } from '../../../src/core/screening/facts.ts'
import { policyPath } from '../screening/workers.ts'

const policy = loadPolicy(policyPath)

/** Every programme of PRODUCT.md's table, in its order. */
const productCatalogue = [
  'monthly_living_subsidy',
  'temporary_living_subsidy',
  'holiday_condolence',
  'special_relief_fund',
  'discount_shop',
  'winter_warmth',
  'summer_cooling',
  'housing_assistance',
  'skills_training',
  'job_transfer',
  'career_counselling',
  'startup_support',
  'skills_upgrade_subsidy',
  'insurance_enrolment',
  'medical_aid',
  'critical_illness_mutual_aid',
  'green_channel',
  'free_checkup',
  'health_talks',
  'family_doctor',
  'education_subsidy',
  'campus_grant_referral',
  'summer_camp',
  'sharing_sessions',
  'talent_subsidy',
  'mental_health_counselling',
  'family_emergency_support',
  'mutual_aid',
]
const planned = ['mental_health_counselling', 'family_emergency_support', 'mutual_aid']

describe('the programme catalogue a worker can browse', () => {
  it('lists every programme of the article, each in Chinese and English', () => {
    const ids = policy.programmes.map((programme) => programme.id)

    expect(ids.length).toBeGreaterThanOrEqual(28)
    expect(ids).toEqual(expect.arrayContaining(productCatalogue))
    for (const programme of policy.programmes) {
      for (const locale of locales) {
        expect(programme.name[locale], programme.id).not.toBe('')
        expect(programme.summary[locale], programme.id).not.toBe('')
        expect(programme.nextStep[locale], programme.id).not.toBe('')
      }
    }
  })

  it('marks the three announced programmes as planned', () => {
    const plannedIds = policy.programmes
      .filter((one) => one.status === 'planned')
      .map((one) => one.id)

    expect(plannedIds.sort()).toEqual([...planned].sort())
  })

  it('never offers a planned programme, whatever the worker answers', () => {
    const everything: Facts = {
      householdSize: 5,
      monthlyIncome: 0,
      housing: 'dormitory_or_none',
      situations: [
        'single_parent',
        'elder_on_medication',
        'disabled_member',
        'disaster',
        'accident',
      ],
      illness: ['self_chronic', 'self_critical', 'family_hospitalised', 'family_critical'],
      medicalOutOfPocket: 100000,
      insured: 'no',
      incomeDrop: 'yes',
      children: 3,
      schoolStages: ['preschool', 'compulsory', 'high_school', 'university'],
      careerInterest: ['skills_training', 'job_transfer', 'startup', 'counselling'],
    }
    const result = evaluate(policy, everything)

    for (const id of planned) {
      const decision = result.decisions.find((one) => one.programmeId === id)
      expect(decision).toMatchObject({ verdict: 'ineligible', reason: 'not_yet_available' })
    }
  })

  it('shows the article’s figures in the summaries', () => {
    const summary = (id: string) =>
      policy.programmes.find((programme) => programme.id === id)?.summary['zh-CN']

    expect(summary('monthly_living_subsidy')).toContain('800 元')
    expect(summary('temporary_living_subsidy')).toContain('3,000 元')
    expect(summary('discount_shop')).toContain('15%–25%')
    expect(summary('medical_aid')).toContain('30%–50%')
    expect(summary('education_subsidy')).toContain('5,000 元')
  })
})
