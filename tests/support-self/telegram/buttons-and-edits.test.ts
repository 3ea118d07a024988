import { Bot, InlineKeyboard } from 'grammy'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BotApiServer } from '../../support/telegram/bot-api-server.ts'
import { type Polling, startPolling } from '../../support/telegram/polling.ts'

const CHAT = 2002

let server: BotApiServer
let bot: Bot
let polling: Polling | undefined

beforeEach(async () => {
  server = await BotApiServer.start()
  bot = new Bot('42:TEST', { client: { apiRoot: server.apiRoot } })
})

afterEach(async () => {
  await polling?.stop()
  polling = undefined
  await server.close()
})

const yesNo = new InlineKeyboard().text('Yes', 'answer:yes').text('No', 'answer:no')

describe('buttons', () => {
  it('brings a tap on a stale keyboard to the bot with the message as it now stands', async () => {
    const question = await bot.api.sendMessage(CHAT, 'Are you employed?', { reply_markup: yesNo })
    await bot.api.editMessageText(CHAT, question.message_id, 'Are you employed? Yes')

    const taps: Array<{ data: string | undefined; keyboard: unknown }> = []
    bot.on('callback_query', async (ctx) => {
      taps.push({ data: ctx.callbackQuery.data, keyboard: ctx.callbackQuery.message?.reply_markup })
      await ctx.answerCallbackQuery()
    })
    polling = await startPolling(bot)
    server.tapButton(CHAT, 'answer:no', question.message_id)
    await server.waitFor(() => server.calls('answerCallbackQuery').length > 0)

    expect(taps).toEqual([{ data: 'answer:no', keyboard: undefined }])
    expect(server.calls('answerCallbackQuery')[0]?.reply.ok).toBe(true)
  })

  it('refuses callback data over 64 bytes', async () => {
    const keyboard = new InlineKeyboard().text('Apply', `apply:${'程'.repeat(20)}`)

    await expect(
      bot.api.sendMessage(CHAT, 'Pick one', { reply_markup: keyboard }),
    ).rejects.toMatchObject({
      description: 'Bad Request: BUTTON_DATA_INVALID',
    })
  })

  it('refuses to answer a callback query it never sent', async () => {
    await expect(bot.api.answerCallbackQuery('404')).rejects.toMatchObject({ error_code: 400 })
  })

  it('refuses to build a tap on a message the bot never sent', () => {
    expect(() => server.tapButton(CHAT, 'answer:yes', 99)).toThrow(/no message 99 to chat 2002/)
  })
})

describe('edits', () => {
  it('applies an edit to the stored message and keeps the keyboard only when passed again', async () => {
    const sent = await bot.api.sendMessage(CHAT, 'Step 1', { reply_markup: yesNo })
    await bot.api.editMessageText(CHAT, sent.message_id, '<b>Step 2</b>', {
      parse_mode: 'HTML',
      reply_markup: yesNo,
    })

    const [stored] = server.messages(CHAT)
    expect(stored).toMatchObject({
      text: '<b>Step 2</b>',
      visibleText: 'Step 2',
      parseMode: 'HTML',
    })
    expect(stored?.replyMarkup).toEqual(yesNo)
    expect(stored?.editedAt).toBeTypeOf('number')
  })

  it('refuses to edit a message that does not exist or would not change', async () => {
    const sent = await bot.api.sendMessage(CHAT, 'Same')

    await expect(bot.api.editMessageText(CHAT, 999, 'x')).rejects.toMatchObject({
      description: 'Bad Request: message to edit not found',
    })
    await expect(bot.api.editMessageText(CHAT, sent.message_id, 'Same')).rejects.toMatchObject({
      description: expect.stringMatching(/^Bad Request: message is not modified/),
    })
  })

  it('delivers a user edit as an edited_message', async () => {
    const { message } = server.sendText(CHAT, 'I earn 3000')
    const edited: string[] = []
    bot.on('edited_message:text', (ctx) => {
      edited.push(ctx.editedMessage.text)
    })
    polling = await startPolling(bot)

    server.editText(CHAT, message?.message_id ?? 0, 'I earn 2500')
    await server.waitFor(() => edited.length > 0)

    expect(edited).toEqual(['I earn 2500'])
  })
})
