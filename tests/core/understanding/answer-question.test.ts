import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../src/core/i18n/translator.ts'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import { answerQuestion } from '../../../src/core/understanding/answer-question.ts'
import { matchMessage } from '../../../src/core/understanding/matcher.ts'
import { loadMatcherData } from '../../../src/core/understanding/matcher-data.ts'
import { render } from '../../../src/flows/render.ts'

const policy = loadPolicy('data/policy/policy.json')
const data = loadMatcherData()
const t = createI18n().translator('zh-CN')

function ask(question: string) {
  const { programmes } = matchMessage(question, data, policy)
  const reply = answerQuestion(question, programmes, policy, data.programmes, 'zh-CN', t)
  const rendered = render(reply, t)
  return { text: rendered.text, buttons: rendered.buttons?.flat() ?? [] }
}

describe('questions about programmes are answered from the catalogue alone', () => {
  it('the amount and conditions of medical aid are quoted, with a button to it', () => {
    const { text, buttons } = ask('医疗救助能报多少')
    expect(text).toContain('【医疗救助补贴】报销医保之外自付医疗费用的 30%–50%。')
    expect(text).toContain('自付医疗费达到起付线（5,000 元）')
    expect(text).toContain('人均收入在困难线以内（3,000 元）')
    expect(text).toContain('政策版本 2026.12-default')
    expect(buttons).toContainEqual({ text: 'ℹ️ 医疗救助补贴', data: 'p:medical_aid' })
  })

  it('the monthly subsidy quotes 800 yuan and the tuition subsidy each stage', () => {
    expect(ask('生活补贴一个月多少钱').text).toContain('金额：每月 800 元')
    expect(ask('大学学费补贴是多少').text).toContain('大学 5,000 元')
  })

  it('a figure changed in the policy file is the figure quoted', () => {
    const changed = structuredClone(policy)
    const monthly = changed.programmes.find((p) => p.id === 'monthly_living_subsidy')
    if (monthly?.benefit.type === 'monthly') monthly.benefit.amount = 950
    const reply = answerQuestion(
      '生活补贴多少',
      ['monthly_living_subsidy'],
      changed,
      data.programmes,
      'zh-CN',
      t,
    )
    expect(render(reply, t).text).toContain('每月 950 元')
  })

  it('a question the catalogue cannot answer gets an honest "not sure" and a caseworker', () => {
    const { text, buttons } = ask('明天天上会不会下钱')
    expect(text).toContain('我不确定')
    expect(buttons.map((button) => button.data)).toContain('h:')
  })

  it('a detail the catalogue never states is not guessed, but the programme is quoted', () => {
    const { text, buttons } = ask('助学贷款利息高不高')
    expect(text).toContain('我不确定')
    expect(text).toContain('【校园助学金与助学贷款推荐】')
    expect(buttons.map((button) => button.data)).toContain('h:campus_grant_referral')
  })

  it('asking whether free training costs money is answered by the catalogue’s “free”', () => {
    const { text } = ask('技能培训要交钱吗')
    expect(text).not.toContain('我不确定')
    expect(text).toContain('免费学习数控')
  })
})
