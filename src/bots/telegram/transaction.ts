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
 * locked, the update is claimed from the inbox, the state changes and the
 * replies join the outbox, all or nothing. An update that is not waiting in
 * the inbox (already processed, or never stored) is skipped, so no update is
 * applied twice. Replies and the button acknowledgement go out after commit.
 */
export function transaction(deps: TransactionDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const updateId = BigInt(ctx.update.update_id)
    const chatKey = chatKeyOf(deps.cipher.keyedHash, chatIdOf(ctx.update))

    const applied = await deps.prisma.$transaction(
      async (tx) => {
        // Lock the chat. The commit need not wait for the disk: if the database lost it in a
        // crash, the update is still unclaimed in the (durably stored) inbox and runs again.
        await tx.$queryRaw`SELECT set_config('synchronous_commit', 'off', true) AS mode FROM (SELECT pg_advisory_xact_lock(hashtext(${chatKey}))) AS lock`
        // Claiming the update marks it processed; a rollback un-claims it.
        const claimed = await tx.inboundUpdate.updateMany({
          where: { updateId, processedAt: null },
          data: { processedAt: new Date(), payload: null },
        })
        if (claimed.count === 0) return false

        ctx.turn = { tx, chatKey, outbox: [] }
        await next()

        const payloads = ctx.turn.outbox.map((message) => deps.cipher.sealJson(message))
        if (payloads.length > 0) {
          await tx.outboundMessage.createMany({
            data: payloads.map((payload) => ({ chatKey, payload })),
          })
        }
        return true
      },
      { timeout: 15_000, maxWait: 10_000 },
    )

    if (!applied) {
      deps.log.debug({ updateId: String(updateId) }, 'duplicate update skipped')
      return
    }
    const acknowledged = ctx.callbackQuery
      ? ctx
          .answerCallbackQuery(ctx.turn.toast ? { text: ctx.turn.toast } : {})
          .catch((error: unknown) => {
            // An old query can no longer be answered; the reply itself still goes out.
            deps.log.debug({ err: error }, 'callback answer failed')
          })
      : undefined
    await Promise.all([acknowledged, deps.outbox.flush(chatKey)])
  }
}
