import type { Answers, Flow, Option } from './types.ts'

const option = (fact: string, value: string, aliases: string[] = []): Option => ({
  value,
  label: { key: `opt-${fact}-${value}` },
  aliases,
})

const has = (answers: Answers, fact: string): boolean =>
  Array.isArray(answers[fact]) && (answers[fact] as unknown[]).length > 0

/**
 * The self-screening questionnaire. Each step fills one fact of
 * `core/screening/facts.ts`; the eligibility rules live in the policy file.
 */
export const screeningFlow: Flow = {
  id: 'screening',
  version: 1,
  steps: [
    {
      id: 'household',
      fact: 'householdSize',
      kind: 'count',
      min: 1,
      max: 20,
      prompt: { key: 'q-household' },
      why: { key: 'why-household' },
    },
    {
      id: 'income',
      fact: 'monthlyIncome',
      kind: 'money',
      min: 0,
      max: 1_000_000,
      plausibleMin: 100,
      prompt: { key: 'q-income' },
      why: { key: 'why-income' },
    },
    {
      id: 'housing',
      fact: 'housing',
      kind: 'choice',
      options: [
        option('housing', 'own', ['自己的房子', '自有', '自己家', '自家房子', '买的房子']),
        option('housing', 'renting', ['租房', '租的', '租房子', '租的房子', '出租屋']),
        option('housing', 'dormitory_or_none', ['宿舍', '借住']),
      ],
      prompt: { key: 'q-housing' },
      why: { key: 'why-housing' },
    },
    {
      id: 'situations',
      fact: 'situations',
      kind: 'multi',
      options: [
        option('situations', 'single_parent', ['单亲']),
        option('situations', 'elder_on_medication', ['老人吃药']),
        option('situations', 'disabled_member', ['残疾']),
        option('situations', 'disaster', ['受灾', '灾害']),
        option('situations', 'accident', ['意外', '工伤']),
      ],
      none: option('situations', 'none', ['没有', '无', '都没有', '否', 'no', 'none']),
      prompt: { key: 'q-situations' },
      why: { key: 'why-situations' },
    },
    {
      id: 'illness',
      fact: 'illness',
      kind: 'multi',
      options: [
        option('illness', 'self_chronic', ['慢性病']),
        option('illness', 'self_critical', ['大病', '重病', '透析', '癌症']),
        option('illness', 'family_hospitalised', ['家人住院', '住院']),
        option('illness', 'family_critical', ['家人大病']),
      ],
      none: option('illness', 'none', ['没有', '无', '都没有', '否', 'no', 'none']),
      prompt: { key: 'q-illness' },
      why: { key: 'why-illness' },
    },
    {
      id: 'insured',
      fact: 'insured',
      kind: 'choice',
      options: [
        option('insured', 'yes', ['有', '是', '参加了']),
        option('insured', 'no', ['没有', '否', '没参加']),
        option('insured', 'unsure', ['不知道', '不清楚', '不确定']),
      ],
      prompt: { key: 'q-insured' },
      why: { key: 'why-insured' },
    },
    {
      id: 'medical-costs',
      fact: 'medicalOutOfPocket',
      kind: 'money',
      min: 0,
      max: 10_000_000,
      plausibleMin: 100,
      when: (answers) => has(answers, 'illness'),
      prompt: { key: 'q-medical-costs' },
      why: { key: 'why-medical-costs' },
    },
    {
      id: 'income-drop',
      fact: 'incomeDrop',
      kind: 'choice',
      options: [
        option('income-drop', 'yes', ['是', '有', '减少了']),
        option('income-drop', 'no', ['否', '没有', '没']),
      ],
      prompt: { key: 'q-income-drop' },
      why: { key: 'why-income-drop' },
    },
    {
      id: 'children',
      fact: 'children',
      kind: 'count',
      min: 0,
      max: 10,
      prompt: { key: 'q-children' },
      why: { key: 'why-children' },
    },
    {
      id: 'school',
      fact: 'schoolStages',
      kind: 'multi',
      options: [
        option('school', 'preschool', ['幼儿园', '学前']),
        option('school', 'compulsory', ['小学', '初中', '义务教育']),
        option('school', 'high_school', ['高中', '中职', '职高']),
        option('school', 'university', ['大学', '本科', '大专', '专科']),
      ],
      none: option('school', 'none', ['没有', '都不在上学', '无', 'none']),
      when: (answers) => typeof answers.children === 'number' && answers.children > 0,
      prompt: { key: 'q-school' },
      why: { key: 'why-school' },
    },
    {
      id: 'career',
      fact: 'careerInterest',
      kind: 'multi',
      options: [
        option('career', 'skills_training', ['学技能', '培训']),
        option('career', 'job_transfer', ['换工作', '转岗']),
        option('career', 'startup', ['创业']),
        option('career', 'counselling', ['咨询', '规划']),
      ],
      none: option('career', 'none', ['不需要', '暂不需要', '没有', '无', 'no', 'none']),
      prompt: { key: 'q-career' },
      why: { key: 'why-career' },
    },
  ],
}
