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

  it('reach one worker while a send to another is slow', async () => {
    const slow = harness.chat()
    const other = harness.chat()
    await slow.command('start')
    await other.command('start')
    const { db, messenger } = harness.container
    const workerOf = (chatId: number) =>
      db.prisma.worker.findFirstOrThrow({ where: { externalId: String(chatId) } })
    const [slowWorker, otherWorker] = [await workerOf(slow.chatId), await workerOf(other.chatId)]

    harness.api.hang('sendMessage', 3000, { chatId: slow.chatId })
    await db.prisma.$transaction((tx) => messenger.queue(tx, slowWorker, { lines: ['slow'] }))
    await harness.api.waitFor(() =>
      harness.api
        .calls('sendMessage')
        .some((call) => call.chatId === slow.chatId && call.params.text === 'slow'),
    )
    await db.prisma.$transaction((tx) => messenger.queue(tx, otherWorker, { lines: ['prompt'] }))
    await harness.api.waitFor(() => other.lastText() === 'prompt')
    // The slow send has not been answered yet: its row waits in the outbox until it is.
    const { cipher } = harness.container.conversation
    const waiting = (await db.prisma.outboundMessage.findMany()).map(
      (row) => cipher.openJson<{ chatId: number }>(row.payload).chatId,
    )
    expect(waiting).toContain(slow.chatId)
    harness.api.hang('sendMessage', 0, { chatId: slow.chatId })
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
