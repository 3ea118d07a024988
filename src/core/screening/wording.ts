import type { Op } from '../programmes/criterion-schema.ts'
import type { Locale } from '../programmes/localised.ts'
import type { FactName } from './fact-kinds.ts'

/** How one fact reads: its noun, the unit for numbers (`{n}`), who it belongs to, its answers. */
export type FactWording = {
  noun: string
  unit?: string
  owner?: string
  values?: Record<string, string>
}

/**
 * The words explanations are built from. Templates take `{fact}`, `{value}`, `{owner}`,
 * `{n}` and `{amount}`. Criterion wording is driven by the policy data, so it lives in
 * this table rather than in the Fluent message files.
 */
export type Wording = {
  marks: { pass: string; fail: string; unknown: string }
  ops: Record<Op, string>
  facts: Record<FactName, FactWording>
  listJoin: string
  lastOr: string
  clauseOr: string
  labelJoin: string
  yours: string
  unanswered: string
  unsure: string
  none: string
  openToAll: string
  notYetAvailable: string
  needsCaseworker: string
  yuan: string
  estimate: Record<'month' | 'once' | 'year', { exact: string; range: string }>
}

const zh: Wording = {
  marks: { pass: '✓ ', fail: '✗ ', unknown: '? 需要核实：' },
  ops: {
    eq: '{fact}：{value}',
    neq: '{fact}不是{value}',
    lt: '{fact}低于 {value}',
    lte: '{fact}不超过 {value}',
    gt: '{fact}超过 {value}',
    gte: '{fact}至少 {value}',
    in: '{fact}：{value}',
    includes: '{fact}包括{value}',
    includes_any: '{fact}包括{value}',
    not_empty: '{fact}：至少有一项',
    empty: '{fact}：没有',
  },
  facts: {
    householdSize: { noun: '家庭人口', unit: '{n} 人', owner: '您家' },
    monthlyIncome: { noun: '家庭月收入', unit: '{n} 元', owner: '您家' },
    perCapitaIncome: { noun: '家庭人均月收入', unit: '{n} 元', owner: '您家' },
    medicalOutOfPocket: { noun: '医保报销后自付的医疗费', unit: '{n} 元', owner: '您家' },
    children: { noun: '子女人数', unit: '{n} 个', owner: '您家' },
    housing: {
      noun: '住房情况',
      owner: '您家',
      values: { own: '自有住房', renting: '租房', dormitory_or_none: '住宿舍/无固定住所' },
    },
    situations: {
      noun: '家庭情况',
      owner: '您家',
      values: {
        single_parent: '单亲家庭',
        elder_on_medication: '老人长期服药',
        disabled_member: '家有残疾人',
        disaster: '遭遇自然灾害',
        accident: '遭遇意外事故',
      },
    },
    illness: {
      noun: '本人或家人患病情况',
      owner: '您家',
      values: {
        self_chronic: '本人患慢性病',
        self_critical: '本人患重病',
        family_hospitalised: '家人住院',
        family_critical: '家人患重病',
      },
    },
    insured: {
      noun: '医保参保情况',
      owner: '您',
      values: { yes: '已参保', no: '未参保', unsure: '不确定' },
    },
    incomeDrop: { noun: '近期收入骤减', owner: '您', values: { yes: '是', no: '否' } },
    schoolStages: {
      noun: '子女在读学段',
      owner: '您家',
      values: {
        preschool: '幼儿园',
        compulsory: '义务教育阶段',
        high_school: '高中',
        university: '大学',
      },
    },
    careerInterest: {
      noun: '职业发展意向',
      owner: '您',
      values: {
        skills_training: '技能培训',
        job_transfer: '转岗',
        startup: '创业',
        counselling: '职业规划咨询',
      },
    },
  },
  listJoin: '、',
  lastOr: '或',
  clauseOr: '；或',
  labelJoin: '：',
  yours: '（{owner}：{value}）',
  unanswered: '（您还没有回答）',
  unsure: '（您回答了“不确定”）',
  none: '没有',
  openToAll: '所有职工都可以参加',
  notYetAvailable: '该项目尚未开放',
  needsCaseworker: '工作人员审核后才能最终确定',
  yuan: '{n} 元',
  estimate: {
    month: { exact: '每月 {amount}', range: '每月约 {amount}' },
    once: { exact: '一次性 {amount}', range: '约 {amount}' },
    year: { exact: '{amount}/年', range: '约 {amount}/年' },
  },
}

const en: Wording = {
  marks: { pass: '✓ ', fail: '✗ ', unknown: '? To check: ' },
  ops: {
    eq: '{fact}: {value}',
    neq: '{fact}: not {value}',
    lt: '{fact} below {value}',
    lte: '{fact} at most {value}',
    gt: '{fact} above {value}',
    gte: '{fact} at least {value}',
    in: '{fact}: {value}',
    includes: '{fact}: {value}',
    includes_any: '{fact}: {value}',
    not_empty: '{fact}: at least one',
    empty: '{fact}: none',
  },
  facts: {
    householdSize: { noun: 'Household size' },
    monthlyIncome: { noun: 'Monthly household income', unit: '{n} yuan' },
    perCapitaIncome: { noun: 'Monthly household income per person', unit: '{n} yuan' },
    medicalOutOfPocket: { noun: 'Medical costs paid yourself after insurance', unit: '{n} yuan' },
    children: { noun: 'Number of children' },
    housing: {
      noun: 'Housing',
      values: {
        own: 'own home',
        renting: 'renting',
        dormitory_or_none: 'dormitory/no fixed home',
      },
    },
    situations: {
      noun: 'Circumstances at home',
      values: {
        single_parent: 'single parent',
        elder_on_medication: 'elder on long-term medicine',
        disabled_member: 'family member with a disability',
        disaster: 'natural disaster',
        accident: 'accident',
      },
    },
    illness: {
      noun: 'Illness in the family',
      values: {
        self_chronic: 'your chronic illness',
        self_critical: 'your serious illness',
        family_hospitalised: 'family member in hospital',
        family_critical: 'family member seriously ill',
      },
    },
    insured: {
      noun: 'Health insurance',
      values: { yes: 'insured', no: 'not insured', unsure: 'not sure' },
    },
    incomeDrop: { noun: 'Sudden drop in income', values: { yes: 'yes', no: 'no' } },
    schoolStages: {
      noun: "Children's school stages",
      values: {
        preschool: 'kindergarten',
        compulsory: 'primary or middle school',
        high_school: 'high school',
        university: 'university',
      },
    },
    careerInterest: {
      noun: 'Career plans',
      values: {
        skills_training: 'skills training',
        job_transfer: 'changing jobs',
        startup: 'starting a business',
        counselling: 'career advice',
      },
    },
  },
  listJoin: ', ',
  lastOr: ' or ',
  clauseOr: '; or ',
  labelJoin: ' — ',
  yours: ' (yours: {value})',
  unanswered: ' (not answered yet)',
  unsure: ' (you answered "not sure")',
  none: 'none',
  openToAll: 'Open to every worker',
  notYetAvailable: 'Not yet available',
  needsCaseworker: 'a caseworker confirms this before it is granted',
  yuan: '{n} yuan',
  estimate: {
    month: { exact: '{amount} a month', range: 'about {amount} a month' },
    once: { exact: 'a one-off {amount}', range: 'about {amount}' },
    year: { exact: '{amount} a year', range: 'about {amount} a year' },
  },
}

/** The wording table per locale. */
export const wording: Record<Locale, Wording> = { 'zh-CN': zh, en }
