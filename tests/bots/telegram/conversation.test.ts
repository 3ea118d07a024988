import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedFlow } from '../../support/stored.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

let harness: Harness
beforeAll(async () => {
  harness = await Harness.start({ env: { POLICY_FILE: longWindedPolicy() } })
})
afterAll(async () => {
  await harness.close()
})

/** The default policy with summaries long enough that the full list passes 4,096 characters. */
function longWindedPolicy(): string {
  const policy = JSON.parse(readFileSync('data/policy/policy.json', 'utf8'))
  for (const programme of policy.programmes)
    programme.summary['zh-CN'] = `${programme.summary['zh-CN']}${'详细说明。'.repeat(40)}`
  const file = join(mkdtempSync(join(tmpdir(), 'bft-policy-')), 'policy.json')
  writeFileSync(file, JSON.stringify(policy))
  return file
}

async function started(): Promise<WorkerChat> {
  const chat = await harness.chat().agreeToAll()
  return chat
}

describe('getting around', () => {
  it('shows "question n of N" and explains why a question is asked', async () => {
    const chat = await started()
    expect(chat.lastText()).toContain('（第 1/9 题）')
    const [why] = await chat.tap('为什么问这个')
    expect(why?.text).toContain('家庭人均收入')
    expect(why?.text).toContain('几口人')
  })

  it('goes back to the previous question and lets the worker answer it again', async () => {
    const chat = await started()
    await chat.say('3')
    await chat.say('5400')
    const [back] = await chat.tap('上一题')
    expect(back?.text).toContain('全家每个月的总收入')
    await chat.say('6000')
    expect((await storedFlow(harness, chat))?.answers).toEqual({
      householdSize: 3,
      monthlyIncome: 6000,
    })
  })

  it('stops with /cancel and says so', async () => {
    const chat = await started()
    await chat.say('3')
    const [reply] = await chat.command('cancel')
    expect(reply?.text).toContain('已经停下')
    expect(await storedFlow(harness, chat)).toBeUndefined()
  })

  it('switches to English with /lang and shows the menu in English', async () => {
    const chat = await started()
    await chat.command('cancel')
    await chat.command('lang')
    const [set] = await chat.tap('English')
    expect(set?.text).toContain('Language set to English')
    const [question] = await chat.tap('What can I get?')
    expect(question?.text).toContain('How many people live in your household')
  })

  it('greets an English phone in English from the first message', async () => {
    const chat = harness.chat(undefined, { languageCode: 'en' })
    const [notice] = await chat.command('start')
    expect(notice?.text).toContain('Privacy notice')
  })

  it('lists every programme even when the list is longer than one Telegram message', async () => {
    const chat = await started()
    await chat.command('cancel')
    const replies = await chat.tap('全部项目')
    expect(replies.length).toBeGreaterThan(1)
    for (const reply of replies)
      expect(Array.from(reply.text ?? '').length).toBeLessThanOrEqual(4096)
    expect(replies.map((reply) => reply.text).join('\n')).toContain('专项救助金')
    expect(chat.api.calls('sendMessage').every((call) => call.reply.ok)).toBe(true)
  })

  it('lets a worker change one answer from the result and redoes the result', async () => {
    const chat = await started()
    for (const answer of ['3', '9000']) await chat.say(answer)
    await chat.tap('自己的房子')
    await chat.tap('都没有')
    await chat.tap('都没有')
    await chat.tap('参加了')
    await chat.tap('没有')
    await chat.say('0')
    const [result] = await chat.tap('暂时不需要')
    expect(result?.text).not.toContain('困难职工生活补贴')

    const [answers] = await chat.tap('修改回答')
    expect(answers?.text).toContain('2. 家庭月收入：9,000')
    expect(answers?.text).toContain('9,000')
    await chat.tap('✏️ 2')
    const [redone] = await chat.say('4000')
    expect(redone?.text).toContain('困难职工生活补贴：每月 800 元')
  })

  it("explains a programme criterion by criterion with the worker's own figures", async () => {
    const chat = await started()
    for (const answer of ['4', '4400']) await chat.say(answer)
    await chat.tap('租房')
    await chat.tap('都没有')
    await chat.tap('都没有')
    await chat.tap('参加了')
    await chat.tap('没有')
    await chat.say('0')
    await chat.tap('暂时不需要')
    const [detail] = await chat.tap('困难职工生活补贴')
    expect(detail?.text).toContain('1,500')
    expect(detail?.text).toContain('1,100')
    expect(detail?.text).toContain('✓')
    expect(detail?.text).toContain('下一步')
  })
})

describe('coming back', () => {
  it('resumes at the same question after the bot restarts', async () => {
    const chat = await started()
    await chat.say('3')
    await chat.say('5400')
    await harness.stopBot()
    await harness.startBot()
    const [welcome] = await chat.command('start')
    expect(welcome?.text).toContain('欢迎回来')
    expect(welcome?.text).toContain('您现在住的房子是')
    expect((await storedFlow(harness, chat))?.answers).toEqual({
      householdSize: 3,
      monthlyIncome: 5400,
    })
  })

  it('records a request to talk to a person, once', async () => {
    const chat = await started()
    const [first] = await chat.command('human')
    expect(first?.text).toContain('已经为您登记')
    const [second] = await chat.command('human')
    expect(second?.text).toContain('已经请工作人员来帮您了')
    expect(await harness.db.prisma.case.count()).toBeGreaterThanOrEqual(1)
  })
})

describe('the result screen', () => {
  it('names every programme on offer, with a button each, and warns of two that exclude each other', async () => {
    const chat = await started()
    for (const answer of ['2', '4000']) await chat.say(answer)
    await chat.tap('自己的房子')
    await chat.tap('都没有')
    await chat.tap('家人住院了')
    await chat.tap('我本人得了大病（癌症、透析等）')
    await chat.tap('选好了')
    await chat.tap('参加了')
    await chat.say('60000')
    await chat.tap('是，减少了')
    await chat.say('0')
    const [result] = await chat.tap('暂时不需要')
    const text = result?.text ?? ''
    expect(text).toContain('其他可以使用的服务：')
    expect(text).toContain('健康知识讲堂')
    expect(text).toMatch(
      /临时生活补贴 和 专项救助金 不能同时领取|专项救助金 和 临时生活补贴 不能同时领取/,
    )
    const offered = [...text.matchAll(/^· ([^：\n]+)/gm)].map((match) => match[1])
    const buttons = chat.buttons(result)
    for (const name of offered)
      expect(buttons.some((label) => label.includes(name ?? '?'))).toBe(true)
  })
})

describe('switching language mid-way', () => {
  it('carries on with the same question in English', async () => {
    const chat = await started()
    await chat.say('3')
    await chat.command('lang')
    const [question] = await chat.tap('English')
    expect(question?.text).toContain('Language set to English')
    expect(question?.text).toContain('Roughly how much does the whole household earn')
    expect((await storedFlow(harness, chat))?.answers).toEqual({ householdSize: 3 })
  })
})
