import { fileURLToPath } from 'node:url'
import type { Facts } from '../../../src/core/screening/facts.ts'

/** The shipped policy file, which the story tests run against. */
export const policyPath = fileURLToPath(
  new URL('../../../data/policy/policy.json', import.meta.url),
)

/** The five workers of the article, as the screening flow would record their answers. */
export const workers = {
  laoZheng: {
    householdSize: 3,
    monthlyIncome: 5400,
    housing: 'own',
    situations: [],
    illness: ['family_hospitalised'],
    medicalOutOfPocket: 30000,
    insured: 'yes',
    incomeDrop: 'yes',
    children: 0,
    careerInterest: [],
  },
  liDajie: {
    householdSize: 4,
    monthlyIncome: 4400,
    housing: 'renting',
    situations: ['elder_on_medication'],
    illness: [],
    insured: 'yes',
    incomeDrop: 'no',
    children: 1,
    schoolStages: ['compulsory'],
    careerInterest: [],
  },
  xiaoWang: {
    householdSize: 3,
    monthlyIncome: 9000,
    housing: 'own',
    situations: [],
    illness: [],
    insured: 'yes',
    incomeDrop: 'no',
    children: 0,
    careerInterest: ['skills_training'],
  },
  laoChen: {
    householdSize: 2,
    monthlyIncome: 4000,
    housing: 'own',
    illness: ['self_critical'],
    medicalOutOfPocket: 24000,
    insured: 'yes',
    incomeDrop: 'no',
    children: 0,
    situations: [],
    careerInterest: [],
  },
  laoYang: {
    householdSize: 3,
    monthlyIncome: 5100,
    housing: 'own',
    situations: [],
    illness: [],
    insured: 'yes',
    incomeDrop: 'no',
    children: 1,
    schoolStages: ['university'],
    careerInterest: [],
  },
} satisfies Record<string, Facts>
