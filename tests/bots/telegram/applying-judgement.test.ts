import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationsOf, pick } from '../../support/applying.ts'
import { Harness } from '../../support/telegram-harness.ts'

describe('an application only a caseworker can judge', () => {
  let harness: Harness
  beforeAll(async () => {
    harness = await Harness.start()
  })
  afterAll(() => harness.close())

  it('goes to a caseworker as soon as it is submitted, and the worker is told', async () => {
    const chat = await harness.chat().agreeToAll()
    for (const answer of ['2', '3000', '租房']) await chat.answer(answer)
    await pick(chat)
    await pick(chat)
    for (const answer of ['参加了', '否', '0']) await chat.answer(answer)
    await pick(chat, '创业')

    await chat.tap('申请：创业培训与创业补贴')
    await chat.tap('没有，跳过')
    const sent = await chat.tap('提交申请')
    const text = sent.map((message) => message.text).join('\n')
    expect(text).toContain('已提交')
    expect(text).toContain('已经转给工作人员')

    const [application] = await applicationsOf(harness, chat)
    const cases = await harness.db.prisma.case.findMany({
      where: { applicationId: application?.id ?? '' },
    })
    expect(cases.map((row) => row.reason)).toEqual(['needs_judgement'])
  })
})
