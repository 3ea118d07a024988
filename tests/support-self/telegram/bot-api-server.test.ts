import { autoRetry } from '@grammyjs/auto-retry'
import { Bot, GrammyError } from 'grammy'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BotApiServer } from '../../support/telegram/bot-api-server.ts'
import { type Polling, startPolling } from '../../support/telegram/polling.ts'

const TOKEN = '123456:TEST'
const CHAT = 1001

let server: BotApiServer
let polling: Polling | undefined

beforeEach(async () => {
  server = await BotApiServer.start()
})

afterEach(async () => {
  await polling?.stop()
  polling = undefined
  await server.close()
})

function newBot(): Bot {
  return new Bot(TOKEN, { client: { apiRoot: server.apiRoot } })
}

describe('getUpdates', () => {
  it('delivers an unconfirmed update again, and forgets it once an offset confirms it', async () => {
    const bot = newBot()
    const pushed = server.sendText(CHAT, 'hello')

    const first = await bot.api.getUpdates()
    const again = await bot.api.getUpdates()
    const confirmed = await bot.api.getUpdates({ offset: pushed.update_id + 1 })

    expect(first.map((update) => update.update_id)).toEqual([pushed.update_id])
    expect(again).toEqual(first)
    expect(confirmed).toEqual([])
    expect(server.pendingUpdates()).toBe(0)
  })

  it('hands an update fetched by an instance that died to the next instance', async () => {
    const pushed = server.sendText(CHAT, 'I lost my job')
    await newBot().api.getUpdates()

    const seen: number[] = []
    const bot = newBot()
    bot.on('message:text', (ctx) => {
      seen.push(ctx.update.update_id)
    })
    polling = await startPolling(bot)
    await server.waitFor(() => seen.length > 0)

    expect(seen).toEqual([pushed.update_id])
  })

  it('wakes a held long poll as soon as the user writes', async () => {
    const bot = newBot()
    bot.on('message:text', (ctx) => ctx.reply(`You said: ${ctx.msg.text}`))
    polling = await startPolling(bot)

    const pushedAt = Date.now()
    server.sendText(CHAT, 'hi')
    const [reply] = await server.waitForMessages(CHAT, 1, 2000)

    expect(reply?.text).toBe('You said: hi')
    expect(Date.now() - pushedAt).toBeLessThan(2000)
    expect(server.calls('getUpdates').some((call) => call.params.timeout === 30)).toBe(true)
  })

  it('tells when the bot has handled everything and is waiting again', async () => {
    const bot = newBot()
    bot.command('start', (ctx) => ctx.reply('Welcome'))
    polling = await startPolling(bot)

    server.sendCommand(CHAT, '/start')
    server.sendSticker(CHAT, { emoji: '🙏' })
    await server.waitForIdle()

    expect(server.messages(CHAT).map((message) => message.text)).toEqual(['Welcome'])
  })

  it('delivers the same update twice when it is pushed again raw', async () => {
    const seen: number[] = []
    const bot = newBot()
    bot.on('message', (ctx) => {
      seen.push(ctx.update.update_id)
    })
    polling = await startPolling(bot)

    const update = server.sendText(CHAT, 'apply')
    await server.waitFor(() => seen.length === 1)
    server.pushRaw(update)
    await server.waitFor(() => seen.length === 2)

    expect(seen).toEqual([update.update_id, update.update_id])
  })

  it('ends a held long poll with an empty batch when the server closes', async () => {
    const held = newBot().api.getUpdates({ timeout: 30 })
    await server.waitFor(() => server.pollHeld())

    await server.close()

    await expect(held).resolves.toEqual([])
    server = await BotApiServer.start()
  })

  it('delivers a user message carrying a private chat and its user', async () => {
    server.setUser(CHAT, { firstName: 'Li', languageCode: 'en' })
    const { message } = server.sendCommand(CHAT, '/start from-flyer')

    expect(message?.chat).toEqual({ id: CHAT, type: 'private', first_name: 'Li' })
    expect(message?.from).toMatchObject({ id: CHAT, is_bot: false, language_code: 'en' })
    expect(message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }])
  })
})

describe("Telegram's limits", () => {
  it('refuses a text of 4097 characters and takes one of 4096', async () => {
    const bot = newBot()

    await expect(bot.api.sendMessage(CHAT, 'x'.repeat(4097))).rejects.toMatchObject({
      error_code: 400,
      description: 'Bad Request: message is too long',
    })
    await bot.api.sendMessage(CHAT, 'x'.repeat(4096))
    await bot.api.sendMessage(CHAT, '😀'.repeat(4096))

    expect(server.messages(CHAT)).toHaveLength(2)
  })

  it('refuses an empty text', async () => {
    await expect(newBot().api.sendMessage(CHAT, '  ')).rejects.toMatchObject({
      description: 'Bad Request: message text is empty',
    })
  })

  it('catches user text put into HTML without escaping', async () => {
    const bot = newBot()
    const userText = 'income < 3000 & rent'

    const sent = bot.api.sendMessage(CHAT, `<b>You wrote:</b> ${userText}`, { parse_mode: 'HTML' })

    await expect(sent).rejects.toBeInstanceOf(GrammyError)
    await expect(sent).rejects.toMatchObject({
      description: 'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 25',
    })
    const escaped = userText.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    await bot.api.sendMessage(CHAT, `<b>You wrote:</b> ${escaped}`, { parse_mode: 'HTML' })
    expect(server.messages(CHAT)[0]?.visibleText).toBe(`You wrote: ${userText}`)
  })
})

describe('flood control', () => {
  it('makes auto-retry wait out retry_after, and the message arrives once', async () => {
    const bot = newBot()
    bot.api.config.use(autoRetry())
    server.failNext('sendMessage', { code: 429, retryAfter: 1 })

    await bot.api.sendMessage(CHAT, 'Your application was received')

    const [refused, accepted] = server.calls('sendMessage')
    expect(refused?.reply).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } })
    expect((accepted?.time ?? 0) - (refused?.time ?? 0)).toBeGreaterThanOrEqual(950)
    expect(server.messages(CHAT)).toHaveLength(1)
    expect(server.stats()).toMatchObject({ accepted: 1, tooManyRequests: 1 })
  })
})

describe('waitForMessages', () => {
  it('resolves on the reply without polling', async () => {
    const bot = newBot()
    const waiting = server.waitForMessages(CHAT, 2, 1000)

    await bot.api.sendMessage(CHAT, 'one')
    await bot.api.sendMessage(CHAT, 'two')

    expect((await waiting).map((message) => message.text)).toEqual(['one', 'two'])
  })

  it('says what did arrive when the expected messages do not', async () => {
    await newBot().api.sendMessage(CHAT, 'only one')

    await expect(server.waitForMessages(CHAT, 2, 50)).rejects.toThrow(
      /Expected 2 message\(s\) in chat 1001[\s\S]*"only one"[\s\S]*sendMessage chat 1001/,
    )
  })
})
