import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedFlow } from '../../support/stored.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

let harness: Harness
beforeAll(async () => {
  harness = await Harness.start()
})
afterAll(async () => {
  await harness.close()
})

/** A worker who agreed to both notices and is at the income question. */
async function atIncomeQuestion(): Promise<WorkerChat> {
  const chat = await harness.chat().agreeToAll()
  await chat.answer('3')
  return chat
}

describe('what workers really send, at the income question', () => {
  it('reads full-width digits with a space in them: "１２ ０００" is 12,000', async () => {
    const chat = await atIncomeQuestion()
    const [reply] = await chat.say('１２ ０００')
    expect(reply?.text).toContain('您现在住的房子是')
    expect((await storedFlow(harness, chat))?.answers.monthlyIncome).toBe(12000)
  })

  it.each([
    ['3千', 3000],
    ['8k', 8000],
    ['3000元', 3000],
  ])('reads "%s" as %d yuan', async (typed, value) => {
    const chat = await atIncomeQuestion()
    await chat.say(typed)
    expect((await storedFlow(harness, chat))?.answers.monthlyIncome).toBe(value)
  })

  it('refuses a negative amount kindly and keeps the question open', async () => {
    const chat = await atIncomeQuestion()
    const [reply] = await chat.say('-500')
    expect(reply?.text).toContain('不能是负数')
    expect(reply?.text).toContain('全家每个月的总收入')
    const state = await storedFlow(harness, chat)
    expect(state?.stepId).toBe('income')
    expect(state?.answers).toEqual({ householdSize: 3 })
  })

  it('asks again about an absurd amount instead of storing it', async () => {
    const chat = await atIncomeQuestion()
    const [reply] = await chat.say('99999999')
    expect(reply?.text).toContain('好像太大了')
    expect((await storedFlow(harness, chat))?.answers.monthlyIncome).toBeUndefined()
  })

  it('answers a message of only spaces by asking again', async () => {
    const chat = await atIncomeQuestion()
    const [reply] = await chat.say('   ')
    expect(reply?.text).toContain('没有收到内容')
    expect((await storedFlow(harness, chat))?.stepId).toBe('income')
  })

  it.each([
    [
      'sticker',
      (chat: WorkerChat) => chat.act(() => chat.api.sendSticker(chat.chatId)),
      '收到您的表情了',
    ],
    [
      'photo',
      (chat: WorkerChat) =>
        chat.act(() => chat.api.sendPhoto(chat.chatId, { fileId: 'p1', size: 1000 })),
      '收到图片了',
    ],
    [
      'voice note',
      (chat: WorkerChat) => chat.act(() => chat.api.sendVoice(chat.chatId, { fileId: 'v1' })),
      '听不了语音',
    ],
  ])(
    'a %s where text is expected gets a kind word and loses nothing',
    async (_kind, send, expected) => {
      const chat = await atIncomeQuestion()
      const [reply] = await send(chat)
      expect(reply?.text).toContain(expected)
      expect(reply?.text).toContain('全家每个月的总收入')
      const state = await storedFlow(harness, chat)
      expect(state?.stepId).toBe('income')
      expect(state?.answers).toEqual({ householdSize: 3 })
    },
  )

  it('shows text with <, & and Markdown back exactly as typed, without breaking the message', async () => {
    const chat = await atIncomeQuestion()
    const typed = '<b>*约_3千*</b> & [x]'
    const [reply] = await chat.say(typed)
    expect(reply?.text).toContain(`「${typed}」`)
    expect(chat.api.calls('sendMessage').every((call) => call.reply.ok)).toBe(true)
  })

  it('answers an edited message without changing the stored answer', async () => {
    const chat = await atIncomeQuestion()
    const sent = chat.api.sendText(chat.chatId, '5400')
    await harness.untilHandled(sent)
    const messageId = sent.message?.message_id ?? 0
    const replies = await chat.act(() => chat.api.editText(chat.chatId, messageId, '9000'))
    expect(replies[0]?.text).toContain('修改已发出的消息不会改变回答')
    expect((await storedFlow(harness, chat))?.answers.monthlyIncome).toBe(5400)
  })
})

describe('buttons tapped at the wrong time', () => {
  it('a tap on a button of an earlier question re-shows the current question', async () => {
    const chat = await atIncomeQuestion()
    await chat.say('5400')
    const firstQuestion = chat.api
      .messages(chat.chatId)
      .find((message) => message.text?.includes('几口人'))
    if (!firstQuestion) throw new Error('no household question')
    const replies = await chat.act(() =>
      chat.api.tapButton(chat.chatId, 'f:a:1:5', firstQuestion.messageId),
    )
    expect(replies[0]?.text).toContain('已经失效')
    expect(replies[0]?.text).toContain('您现在住的房子是')
    expect((await storedFlow(harness, chat))?.answers.householdSize).toBe(3)
  })

  it('two fast taps on one button record one answer and ask the next question once', async () => {
    const chat = await harness.chat().agreeToAll()
    const { message, data } = chat.findButton('4')
    const first = chat.api.tapButton(chat.chatId, data, message.messageId)
    const second = chat.api.tapButton(chat.chatId, data, message.messageId)
    await Promise.all([harness.untilHandled(first), harness.untilHandled(second)])

    const incomeQuestions = chat.api
      .messages(chat.chatId)
      .filter((m) => m.text?.includes('全家每个月的总收入'))
    expect(incomeQuestions).toHaveLength(1)
    const toast = chat.api.calls('answerCallbackQuery').at(-1)
    expect(toast?.params.text).toContain('已经记下了')
    expect((await storedFlow(harness, chat))?.answers).toEqual({ householdSize: 4 })
  })

  it('a tap on a question of a finished screening offers the menu instead', async () => {
    const chat = await atIncomeQuestion()
    await chat.command('cancel')
    const question = chat.api
      .messages(chat.chatId)
      .find((message) => message.text?.includes('全家每个月的总收入'))
    if (!question) throw new Error('no income question')
    const replies = await chat.act(() =>
      chat.api.tapButton(chat.chatId, 'f:w:2:', question.messageId),
    )
    expect(replies[0]?.text).toContain('这个按钮已经失效了')
    expect(await storedFlow(harness, chat)).toBeUndefined()
  })
})

describe('the same update twice, and two at once', () => {
  it('applies an update delivered twice only once', async () => {
    const chat = await atIncomeQuestion()
    const update = chat.api.sendText(chat.chatId, '5400')
    await harness.untilHandled(update)
    const before = chat.api.messages(chat.chatId).length
    chat.api.pushRaw(update)
    await harness.settled()
    expect(chat.api.messages(chat.chatId)).toHaveLength(before)
    const state = await storedFlow(harness, chat)
    expect(state?.answers).toEqual({ householdSize: 3, monthlyIncome: 5400 })
    expect(state?.stepId).toBe('housing')
  })

  it('handles two messages from one chat in order, one after the other', async () => {
    const chat = await atIncomeQuestion()
    const income = chat.api.sendText(chat.chatId, '5400')
    const housing = chat.api.sendText(chat.chatId, '租房')
    await Promise.all([harness.untilHandled(income), harness.untilHandled(housing)])
    const state = await storedFlow(harness, chat)
    expect(state?.answers).toEqual({ householdSize: 3, monthlyIncome: 5400, housing: 'renting' })
  })
})

describe('answers typed instead of tapped', () => {
  it('asks whether "3" yuan a month was meant as 3,000 instead of storing it', async () => {
    const chat = await atIncomeQuestion()
    const [reply] = await chat.say('3')
    expect(reply?.text).toContain('是不是 3,000 元')
    expect((await storedFlow(harness, chat))?.answers.monthlyIncome).toBeUndefined()
  })

  it('goes back when the worker types "上一题"', async () => {
    const chat = await atIncomeQuestion()
    const [reply] = await chat.say('上一题')
    expect(reply?.text).toContain('几口人')
    expect((await storedFlow(harness, chat))?.answers).toEqual({})
  })

  it('accepts an English option typed out in full, spaces and all', async () => {
    const chat = harness.chat(undefined, { languageCode: 'en' })
    await chat.command('start')
    await chat.tap('Agree and start')
    await chat.tap('Agree, ask me')
    await chat.say('3')
    await chat.say('5400')
    await chat.say('My own home')
    await chat.say('Single parent')
    expect((await storedFlow(harness, chat))?.answers.situations).toEqual(['single_parent'])
  })
})
