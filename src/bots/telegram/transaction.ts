import type { MiddlewareFn } from 'grammy'
import type { Logger } from '../../core/logger.ts'
import type { Cipher } from '../../core/privacy/cipher.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { chatIdOf, chatKeyOf } from './chat-id.ts'
import type { BotContext } from './context.ts'
import type { Outbox } from './outbox.ts'

export type TransactionDeps = { prisma: PrismaClient; cipher: Cipher; outbox: Outbox; log: Logger }

/**
 * Wraps the rest of the chain in one transaction per update: the chat is
 * locked, the state changes, the replies join the outbox, and the update is
 * marked processed, all or nothing. A redelivered update that was already
 * processed is skipped here, so no update is applied twice. Replies and the
 * button acknowledgement go out after the commit.
 */
export function transaction(deps: TransactionDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const updateId = BigInt(ctx.update.update_id)
    const chatKey = chatKeyOf(deps.cipher.keyedHash, chatIdOf(ctx.update))

    const applied = await deps.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${chatKey}))) AS lock`
        const seen = await tx.inboundUpdate.findUnique({
          where: { updateId },
          select: { processedAt: true },
        })
        if (seen?.processedAt) return false

        ctx.turn = { tx, chatKey, outbox: [] }
        await next()

        for (const message of ctx.turn.outbox) {
          await tx.outboundMessage.create({
            data: { chatKey, payload: deps.cipher.sealJson(message) },
          })
        }
        const done = { processedAt: new Date(), payload: null }
        await tx.inboundUpdate.upsert({
          where: { updateId },
          create: { updateId, chatKey, ...done },
          update: done,
        })
        return true
      },
      { timeout: 15_000, maxWait: 10_000 },
    )

    if (!applied) {
      deps.log.debug({ updateId: String(updateId) }, 'duplicate update skipped')
      return
    }
    if (ctx.callbackQuery) {
      await ctx
        .answerCallbackQuery(ctx.turn.toast ? { text: ctx.turn.toast } : {})
        .catch((error: unknown) => {
          // An old query can no longer be answered; the reply itself still goes out.
          deps.log.debug({ err: error }, 'callback answer failed')
        })
    }
    await deps.outbox.flush(chatKey)
  }
}
