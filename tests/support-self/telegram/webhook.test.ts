import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Bot, webhookCallback } from 'grammy'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { BotApiServer } from '../../support/telegram/bot-api-server.ts'

const SECRET = 'shared-secret'
const CHAT = 4004

let server: BotApiServer
let bot: Bot
let hook: Server
let hookUrl: string

beforeEach(async () => {
  server = await BotApiServer.start()
  bot = new Bot('11:TEST', { client: { apiRoot: server.apiRoot } })
  bot.on('message:text', (ctx) => ctx.reply(`Got update ${ctx.update.update_id}`))

  hook = createServer(webhookCallback(bot, 'http', { secretToken: SECRET }))
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`
  await bot.api.setWebhook(hookUrl, { secret_token: SECRET })
})

afterEach(async () => {
  hook.closeAllConnections()
  await new Promise((resolve) => hook.close(resolve))
  await server.close()
})

it('delivers an update to the webhook with the secret token', async () => {
  const update = server.sendText(CHAT, 'hello')

  const status = await server.postWebhook(hookUrl, update, SECRET)

  expect(status).toBe(200)
  expect(server.messages(CHAT).map((message) => message.text)).toEqual([
    `Got update ${update.update_id}`,
  ])
})

it('is turned away by the bot with a wrong secret', async () => {
  const status = await server.postWebhook(hookUrl, server.sendText(CHAT, 'hi'), 'guess')

  expect(status).toBe(401)
  expect(server.messages(CHAT)).toEqual([])
})

it('delivers the same update twice when told to', async () => {
  const update = server.sendText(CHAT, 'hello')

  await server.postWebhook(hookUrl, update, SECRET)
  await server.postWebhook(hookUrl, update, SECRET)

  expect(server.duplicates()).toMatchObject({ count: 1 })
})

it('refuses getUpdates while a webhook is set, as Telegram does', async () => {
  await expect(bot.api.getUpdates()).rejects.toMatchObject({ error_code: 409 })

  await bot.api.deleteWebhook()
  expect(await bot.api.getUpdates()).toHaveLength(0)
})
