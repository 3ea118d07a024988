import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Harness } from '../../support/telegram-harness.ts'

describe('messages queued for a worker outside their own turn', () => {
  let harness: Harness
  beforeAll(async () => {
    harness = await Harness.start({ env: { OUTBOX_SWEEP_MS: '100' } })
  })
  afterAll(() => harness.close())

  it('reach the worker in their language and in the order they were queued', async () => {
    const chat = harness.chat(undefined, { languageCode: 'en' })
    await chat.command('start')
    const { db, messenger } = harness.container
    const worker = await db.prisma.worker.findFirstOrThrow({
      where: { externalId: String(chat.chatId) },
    })
    const before = harness.api.messages(chat.chatId).length

    // As a job in another process would: write in a transaction, let the bot send.
    await db.prisma.$transaction(async (tx) => {
      await messenger.queue(tx, worker, { lines: [{ key: 'menu-title' }, 'first'] })
      await messenger.queue(tx, worker, { lines: ['second'] })
    })
    await harness.api.waitFor(() => harness.api.messages(chat.chatId).length >= before + 2)

    const texts = harness.api
      .messages(chat.chatId)
      .slice(before)
      .map((m) => m.text)
    expect(texts[0]).toMatch(/first$/)
    expect(texts[0]).not.toMatch(/[\u4e00-\u9fff]/)
    expect(texts[1]).toBe('second')
  })

  it('are not queued for a worker no channel can reach', async () => {
    const { db, messenger } = harness.container
    const queued = await db.prisma.$transaction((tx) =>
      messenger.queue(
        tx,
        { channel: 'console', externalId: 'x', locale: 'zh-CN' },
        { lines: ['hi'] },
      ),
    )
    expect(queued).toBe(false)
  })
})
