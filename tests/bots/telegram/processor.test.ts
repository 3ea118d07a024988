import { randomBytes } from 'node:crypto'
import type { Bot } from 'grammy'
import type { Update } from 'grammy/types'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BotContext } from '../../../src/bots/telegram/context.ts'
import { createInbox } from '../../../src/bots/telegram/inbox.ts'
import type { Outbox } from '../../../src/bots/telegram/outbox.ts'
import { createProcessor } from '../../../src/bots/telegram/processor.ts'
import { createI18n } from '../../../src/core/i18n/translator.ts'
import { createLogger } from '../../../src/core/logger.ts'
import { createCipher } from '../../../src/core/privacy/cipher.ts'
import { testDatabase } from '../../support/database.ts'

type Db = Awaited<ReturnType<typeof testDatabase>>
let db: Db

beforeEach(async () => {
  db = await testDatabase()
})
afterEach(async () => {
  await db.close()
})

const text = (updateId: number, chatId: number, body: string): Update =>
  ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: chatId, type: 'private', first_name: 'W' },
      from: { id: chatId, is_bot: false, first_name: 'W' },
      text: body,
    },
  }) as Update

describe('the update processor after a restart', () => {
  it('handles updates left in the inbox before new ones of the same chat, losing none', async () => {
    const cipher = createCipher(randomBytes(32))
    const inbox = createInbox(db.prisma, cipher)
    // Stored by the process that crashed, never handled.
    await inbox.store([text(1, 42, 'three'), text(2, 42, '5400')])

    const handled: string[] = []
    const bot = {
      handleUpdate: async (update: Update) => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        handled.push(update.message?.text ?? '')
      },
    } as unknown as Bot<BotContext>
    const processor = createProcessor({
      bot,
      inbox,
      outbox: { flush: async () => {} } as unknown as Outbox,
      prisma: db.prisma,
      cipher,
      i18n: createI18n(),
      log: createLogger('silent'),
      concurrency: 4,
    })

    // The restart reads the inbox while the first new update is already coming in.
    const fresh = await inbox.store([text(3, 42, 'own house')])
    processor.wake()
    processor.accept(fresh)
    await processor.idle()

    expect(handled).toEqual(['three', '5400', 'own house'])
    await processor.stop()
  })
})
