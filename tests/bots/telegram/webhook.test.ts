import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Harness } from '../../support/telegram-harness.ts'

const SECRET = 'webhook-secret-for-tests-0123'
let harness: Harness
let url: string

beforeAll(async () => {
  const port = await freePort()
  url = `http://127.0.0.1:${port}/telegram/${randomBytes(4).toString('hex')}`
  harness = await Harness.start({
    env: { WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET, PORT: String(port) },
  })
})
afterAll(async () => {
  await harness.close()
})

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('webhook mode', () => {
  it('registers the webhook with Telegram together with the secret token', () => {
    const call = harness.api.calls('setWebhook').at(-1)
    expect(call?.params.url).toBe(url)
    expect(call?.params.secret_token).toBe(SECRET)
  })

  it('handles an update posted with the right secret token', async () => {
    const chat = harness.chat()
    const update = {
      update_id: 900_001,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: chat.chatId, type: 'private' as const, first_name: 'W' },
        from: { id: chat.chatId, is_bot: false, first_name: 'W' },
        text: '/start',
        entities: [{ type: 'bot_command' as const, offset: 0, length: 6 }],
      },
    }
    const handled = harness.untilHandled(update)
    expect(await harness.api.postWebhook(url, update, SECRET)).toBe(200)
    await handled
    expect(chat.lastText()).toContain('隐私说明')
  })

  it('refuses a post without the secret token and handles nothing', async () => {
    const chat = harness.chat()
    const update = {
      update_id: 900_002,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: chat.chatId, type: 'private' as const, first_name: 'W' },
        from: { id: chat.chatId, is_bot: false, first_name: 'W' },
        text: 'hi',
      },
    }
    expect(await harness.api.postWebhook(url, update, 'wrong-secret-0000000')).toBe(401)
    expect(await harness.db.prisma.inboundUpdate.count({ where: { updateId: 900_002n } })).toBe(0)
  })

  it('answers 400 to a body that is not an update, so Telegram does not retry it forever', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      body: '{not json',
    })
    expect(response.status).toBe(400)
  })
})
