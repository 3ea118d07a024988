import type { Bot } from 'grammy'
import type { I18n } from '../../core/i18n/translator.ts'
import type { Logger } from '../../core/logger.ts'
import type { Cipher } from '../../core/privacy/cipher.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { chatIdOf } from './chat-id.ts'
import type { BotContext } from './context.ts'
import type { Inbox, PendingUpdate } from './inbox.ts'
import type { Outbox } from './outbox.ts'

export type ProcessorOptions = {
  bot: Bot<BotContext>
  inbox: Inbox
  outbox: Outbox
  prisma: PrismaClient
  cipher: Cipher
  i18n: I18n
  log: Logger
  /** Chats handled at the same time; updates of one chat are always sequential. */
  concurrency: number
  /** Called after each update, for measurements. */
  onHandled?: (updateId: number, ms: number) => void
}

const ATTEMPTS = 3
const BATCH = 500

/**
 * Feeds stored updates to the bot: different chats in parallel, each chat's
 * updates one after another in update order. An update that keeps failing is
 * given up after a few tries and the worker is told, so one bad update cannot
 * block a chat forever.
 */
export function createProcessor(options: ProcessorOptions) {
  const { bot, inbox, log } = options
  const queues = new Map<string, PendingUpdate[]>()
  const ready: string[] = []
  let active = 0
  let highest = 0n
  let draining: Promise<void> | undefined
  let again = false
  let stopped = false
  const idleWaiters: (() => void)[] = []

  function schedule(): void {
    while (!stopped && active < options.concurrency && ready.length > 0) {
      const chatKey = ready.shift() as string
      active++
      void runChat(chatKey).finally(() => {
        active--
        schedule()
        if (active === 0 && ready.length === 0 && !draining)
          for (const resolve of idleWaiters.splice(0)) resolve()
      })
    }
  }

  async function runChat(chatKey: string): Promise<void> {
    const queue = queues.get(chatKey) ?? []
    while (queue.length > 0 && !stopped) {
      const pending = queue.shift() as PendingUpdate
      await handle(pending)
    }
    queues.delete(chatKey)
  }

  async function handle(pending: PendingUpdate): Promise<void> {
    const started = performance.now()
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        await bot.handleUpdate(pending.update)
        options.onHandled?.(pending.update.update_id, performance.now() - started)
        return
      } catch (error) {
        log.warn({ err: error, updateId: pending.update.update_id, attempt }, 'update failed')
      }
    }
    await giveUp(pending)
  }

  async function giveUp(pending: PendingUpdate): Promise<void> {
    const chatId = chatIdOf(pending.update)
    const worker = chatId
      ? await options.prisma.worker.findUnique({
          where: { channel_externalId: { channel: 'telegram', externalId: String(chatId) } },
        })
      : null
    const t = options.i18n.translator(worker?.locale === 'en' ? 'en' : 'zh-CN')

    await options.prisma.$transaction(async (tx) => {
      await tx.inboundUpdate.update({
        where: { updateId: pending.updateId },
        data: { processedAt: new Date(), payload: null },
      })
      if (chatId) {
        const payload = options.cipher.sealJson({ chatId, text: t('error-generic') })
        await tx.outboundMessage.create({ data: { chatKey: pending.chatKey, payload } })
      }
    })
    log.error({ updateId: pending.update.update_id }, 'update given up after retries; worker told')
    await options.outbox.flush(pending.chatKey)
  }

  function enqueue(batch: PendingUpdate[]): void {
    for (const pending of batch) {
      highest = pending.updateId > highest ? pending.updateId : highest
      const queue = queues.get(pending.chatKey)
      if (queue) queue.push(pending)
      else {
        queues.set(pending.chatKey, [pending])
        ready.push(pending.chatKey)
      }
    }
    schedule()
  }

  async function drain(): Promise<void> {
    do {
      again = false
      for (;;) {
        const batch = await inbox.pending(highest, BATCH)
        enqueue(batch)
        if (batch.length < BATCH) break
      }
    } while (again && !stopped)
  }

  return {
    /**
     * Takes updates this process has just stored, without reading them back. While the
     * inbox is being read (after a restart) they are left to that read, which keeps each
     * chat's updates in order behind older ones still waiting there.
     */
    accept(batch: PendingUpdate[]): void {
      if (stopped) return
      if (draining) again = true
      else enqueue(batch)
    },

    /** Updates may be waiting in the inbox (at start, or stored by another process). */
    wake(): void {
      if (draining) {
        again = true
        return
      }
      draining = drain()
        .catch((error: unknown) => log.error({ err: error }, 'inbox read failed'))
        .finally(() => {
          draining = undefined
          if (again) this.wake()
          else if (active === 0 && ready.length === 0)
            for (const resolve of idleWaiters.splice(0)) resolve()
        })
    },

    /** Resolves when every update read so far has been handled. */
    idle(): Promise<void> {
      if (!draining && active === 0 && ready.length === 0) return Promise.resolve()
      return new Promise((resolve) => idleWaiters.push(resolve))
    },

    /** Stops taking new work; updates in flight finish, the rest stay in the inbox. */
    async stop(): Promise<void> {
      stopped = true
      ready.length = 0
      await this.idle()
    },
  }
}

export type Processor = ReturnType<typeof createProcessor>
