import { Bot } from 'grammy'
import { afterEach, describe, expect, it } from 'vitest'
import { BotApiServer } from '../../support/telegram/bot-api-server.ts'

let server: BotApiServer

afterEach(async () => {
  await server.close()
})

async function setUp(options = {}) {
  server = await BotApiServer.start(options)
  return new Bot('7:TEST', { client: { apiRoot: server.apiRoot } })
}

describe('faults', () => {
  it('answers 403 to every send once the user has blocked the bot', async () => {
    const bot = await setUp()
    server.blockChat(5)

    for (const text of ['one', 'two']) {
      await expect(bot.api.sendMessage(5, text)).rejects.toMatchObject({
        error_code: 403,
        description: 'Forbidden: bot was blocked by the user',
      })
    }
    await bot.api.sendMessage(6, 'others still get through')

    expect(server.stats()).toMatchObject({ accepted: 1, forbidden: 2 })
  })

  it('fails only the planned calls, in the planned chat', async () => {
    const bot = await setUp()
    server.failNext('sendMessage', { code: 500 }, { chatId: 5, times: 2 })

    await bot.api.sendMessage(6, 'other chat')
    await expect(bot.api.sendMessage(5, 'a')).rejects.toMatchObject({ error_code: 500 })
    await expect(bot.api.sendMessage(5, 'b')).rejects.toMatchObject({ error_code: 500 })
    await bot.api.sendMessage(5, 'c')

    expect(server.messages(5).map((message) => message.text)).toEqual(['c'])
  })

  it('holds a reply while the message is already in the chat', async () => {
    const bot = await setUp()
    server.hang('sendMessage', 300)

    const started = Date.now()
    const sending = bot.api.sendMessage(5, 'slow')
    await server.waitForMessages(5, 1, 200)
    await sending

    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })
})

describe('flood control', () => {
  it('answers 429 with retry_after over the per-chat cap, and counts the rate', async () => {
    const bot = await setUp({ perChatPerSecond: 2 })

    await bot.api.sendMessage(5, 'one')
    await bot.api.sendMessage(5, 'two')
    await expect(bot.api.sendMessage(5, 'three')).rejects.toMatchObject({
      error_code: 429,
      parameters: { retry_after: 1 },
    })
    await bot.api.sendMessage(6, 'another chat is not held back')

    const stats = server.stats()
    expect(stats).toMatchObject({ accepted: 3, tooManyRequests: 1, peakPerSecond: 3 })
    expect(stats.perChat).toEqual(
      new Map([
        [5, 2],
        [6, 1],
      ]),
    )
    expect(stats.perSecond).toEqual([3])
  })

  it('caps sends across all chats', async () => {
    const bot = await setUp({ ratePerSecond: 3 })

    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((chat) => bot.api.sendMessage(chat, 'news')),
    )

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3)
    expect(server.stats().tooManyRequests).toBe(2)
  })

  it('counts messages that reached a chat twice', async () => {
    const bot = await setUp()

    await bot.api.sendMessage(5, 'Payment approved')
    await bot.api.sendMessage(5, 'Payment approved')
    await bot.api.sendMessage(6, 'Payment approved')

    expect(server.duplicates()).toEqual({
      count: 1,
      groups: [{ chatId: 5, key: 'Payment approved', times: 2 }],
    })
  })
})
