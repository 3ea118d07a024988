import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pick, screenLaoZheng } from '../../support/applying.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

let harness: Harness
beforeAll(async () => {
  harness = await Harness.start()
})
afterAll(async () => {
  await harness.close()
})

/** Opens the bot and agrees to both notices, as every story starts. */
async function begin(): Promise<WorkerChat> {
  const chat = await harness.chat().agreeToAll()
  return chat
}

function resultSections(text: string) {
  const [, eligible = '', rest = ''] =
    /✅ 您可以申请：([\s\S]*?)(?:\n\n|$)([\s\S]*)/.exec(text) ?? []
  return { eligible, maybe: /🟡[\s\S]*?(?:\n\n|$)/.exec(rest)?.[0] ?? '' }
}

describe('the five workers of the article reach their programmes', () => {
  it('老郑, whose father is in hospital, is offered medical aid and a 3,000 yuan temporary subsidy', async () => {
    const chat = await screenLaoZheng(harness)

    const { eligible } = resultSections(chat.lastText())
    expect(eligible).toContain('医疗救助补贴：约 9,000–15,000 元')
    expect(eligible).toContain('临时生活补贴：一次性 3,000 元')
    expect(chat.lastText()).not.toContain('困难职工生活补贴')
    expect(chat.lastText()).not.toContain('大病互助')
    expect(chat.lastText()).not.toContain('教育补贴')
    expect(chat.answers).toBeLessThanOrEqual(12)
  })

  it('李大姐, family of four on low pay, is offered the 800 yuan monthly subsidy and the discount shop', async () => {
    const chat = await begin()
    await chat.answer('4')
    await chat.answer('4400')
    await chat.answer('租房')
    await pick(chat, '老人长期吃药')
    await pick(chat)
    await chat.answer('参加了')
    await chat.answer('没有')
    await chat.answer('1')
    await pick(chat, '小学 / 初中')
    await pick(chat)

    const { eligible } = resultSections(chat.lastText())
    expect(eligible).toContain('困难职工生活补贴：每月 800 元')
    expect(eligible).toContain('惠民生活专区')
    expect(chat.lastText()).not.toContain('医疗救助')
    expect(chat.lastText()).not.toContain('临时生活补贴')
    expect(chat.answers).toBeLessThanOrEqual(12)
  })

  it('小王, worried about automation, is offered free skills training and nothing he does not need', async () => {
    const chat = await begin()
    await chat.answer('3')
    await chat.answer('9000')
    await chat.answer('自己的房子')
    await pick(chat)
    await pick(chat)
    await chat.answer('参加了')
    await chat.answer('没有')
    await chat.answer('0')
    await pick(chat, '学技能（免费培训）')

    const { eligible } = resultSections(chat.lastText())
    expect(eligible).toContain('职业技能培训')
    expect(chat.lastText()).not.toContain('生活补贴')
    expect(chat.lastText()).not.toContain('医疗救助')
    expect(chat.lastText()).not.toContain('惠民生活专区')
    expect(chat.answers).toBeLessThanOrEqual(12)
  })

  it('老陈, on dialysis, is offered medical aid and critical-illness mutual aid', async () => {
    const chat = await begin()
    await chat.answer('2')
    await chat.answer('4000')
    await chat.answer('自己的房子')
    await pick(chat)
    await pick(chat, '我本人得了大病（癌症、透析等）')
    await chat.answer('参加了')
    await chat.answer('24000')
    await chat.answer('没有')
    await chat.answer('0')
    await pick(chat)

    const { eligible } = resultSections(chat.lastText())
    expect(eligible).toContain('医疗救助补贴')
    expect(eligible).toContain('大病互助专项补贴')
    expect(chat.lastText()).not.toContain('困难职工生活补贴')
    expect(chat.lastText()).not.toContain('临时生活补贴')
    expect(chat.answers).toBeLessThanOrEqual(12)
  })

  it('老杨, whose daughter got into university, is offered 5,000 yuan tuition and a campus-grant referral', async () => {
    const chat = await begin()
    await chat.answer('3')
    await chat.answer('5100')
    await chat.answer('自己的房子')
    await pick(chat)
    await pick(chat)
    await chat.answer('参加了')
    await chat.answer('没有')
    await chat.answer('1')
    await pick(chat, '大学（本科 / 专科）')
    await pick(chat)

    const { eligible } = resultSections(chat.lastText())
    expect(eligible).toMatch(/教育补贴：5,000 元/)
    expect(eligible).toContain('助学金')
    expect(chat.lastText()).not.toContain('困难职工生活补贴')
    expect(chat.lastText()).not.toContain('医疗救助')
    expect(chat.answers).toBeLessThanOrEqual(12)
  })
})
