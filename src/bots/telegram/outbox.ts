import { type Api, GrammyError, HttpError, InputFile } from 'grammy'
import { markDelivery } from '../../core/cases/mark-delivery.ts'
import type { Logger } from '../../core/logger.ts'
import type { Cipher } from '../../core/privacy/cipher.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { Outgoing } from './outgoing.ts'

const MAX_ATTEMPTS = 5
const BATCH = 20

/**
 * Sends queued replies in order, one chat at a time. Rows are deleted once
 * Telegram accepted them (a batch per query), so a crash in between can
 * repeat the replies of that one batch: replies are at-least-once, updates
 * exactly-once.
 */
export function createOutbox(prisma: PrismaClient, api: Api, cipher: Cipher, log: Logger) {
  const running = new Map<string, Promise<void>>()

  async function sendOne(message: Outgoing): Promise<void> {
    const reply_markup = message.keyboard ? { inline_keyboard: message.keyboard } : undefined
    if (message.photo) {
      const file = new InputFile(
        Buffer.from(message.photo.base64, 'base64'),
        message.photo.fileName,
      )
      const caption = message.text.slice(0, 1024)
      await api.sendPhoto(message.chatId, file, {
        caption,
        ...(reply_markup ? { reply_markup } : {}),
      })
      return
    }
    if (message.editMessageId) {
      try {
        await api.editMessageText(
          message.chatId,
          message.editMessageId,
          message.text,
          reply_markup ? { reply_markup } : {},
        )
        return
      } catch (error) {
        if (error instanceof GrammyError && error.description.includes('not modified')) return
        if (!(error instanceof GrammyError)) throw error
        // The message is gone or too old to edit: send it fresh instead.
      }
    }
    await api.sendMessage(message.chatId, message.text, reply_markup ? { reply_markup } : {})
  }

  async function drainChat(chatKey: string): Promise<void> {
    for (;;) {
      const rows = await prisma.outboundMessage.findMany({
        where: { chatKey, sentAt: null },
        orderBy: { id: 'asc' },
        take: BATCH,
      })
      if (rows.length === 0) return
      const done: bigint[] = []
      let stalled = false
      for (const row of rows) {
        if ((await attempt(row.id, cipher.openJson<Outgoing>(row.payload))) === 'retry-later') {
          stalled = true
          break
        }
        done.push(row.id)
      }
      if (done.length > 0) await prisma.outboundMessage.deleteMany({ where: { id: { in: done } } })
      // A short batch was all there was: replies queued since by this process run in a flush
      // chained after this one, and other processes' are found by the sweep.
      if (stalled || rows.length < BATCH) return
    }
  }

  async function attempt(id: bigint, message: Outgoing): Promise<'done' | 'retry-later'> {
    try {
      await sendOne(message)
      if (message.relayId) await markDelivery(prisma, message.relayId, 'delivered')
      return 'done'
    } catch (error) {
      const permanent =
        error instanceof GrammyError && error.error_code < 500 && error.error_code !== 429
      const row = await prisma.outboundMessage.update({
        where: { id },
        data: { attempts: { increment: 1 } },
      })
      if (permanent || row.attempts >= MAX_ATTEMPTS) {
        // 403 means the worker blocked the bot; other 4xx will not get better by retrying.
        log.warn({ err: describe(error), outboxId: String(id) }, 'reply dropped')
        if (message.relayId) await markDelivery(prisma, message.relayId, 'failed')
        return 'done'
      }
      log.warn({ err: describe(error), outboxId: String(id) }, 'reply will be retried')
      return 'retry-later'
    }
  }

  async function waitingChats(): Promise<string[]> {
    const chats = await prisma.outboundMessage.findMany({
      where: { sentAt: null },
      distinct: ['chatKey'],
      select: { chatKey: true },
    })
    return chats.map((row) => row.chatKey)
  }

  return {
    /** Sends what is queued for one chat; concurrent calls for a chat share one run. */
    flush(chatKey: string): Promise<void> {
      const current = running.get(chatKey)
      const next = (current ?? Promise.resolve())
        .then(() => drainChat(chatKey))
        .catch((error: unknown) => log.error({ err: error }, 'outbox flush failed'))
        .finally(() => {
          if (running.get(chatKey) === next) running.delete(chatKey)
        })
      running.set(chatKey, next)
      return next
    },

    /** Sends everything left over, e.g. after a restart or a network outage. */
    async flushAll(): Promise<void> {
      await Promise.all((await waitingChats()).map((chatKey) => this.flush(chatKey)))
    },

    /**
     * Starts sending what other processes queued, without waiting for the sends: one slow
     * chat must not hold back the next sweep for every other. A chat already being sent to
     * is left to the next sweep, which finds whatever that run did not.
     */
    async sweep(): Promise<void> {
      for (const chatKey of await waitingChats())
        if (!running.has(chatKey)) void this.flush(chatKey)
    },

    idle: () => Promise.all([...running.values()]).then(() => undefined),
  }
}

function describe(error: unknown) {
  if (error instanceof GrammyError)
    return { code: error.error_code, description: error.description, method: error.method }
  if (error instanceof HttpError) return { http: error.message }
  return { message: (error as Error).message }
}

export type Outbox = ReturnType<typeof createOutbox>
