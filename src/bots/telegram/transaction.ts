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
        // One round trip locks the chat and claims the update; claiming marks it processed
        // and a rollback un-claims it. The commit need not wait for the disk: if the database
        // lost it in a crash, the update is still unclaimed in the durable inbox and runs again.
        const claimed = await tx.$executeRaw`
          WITH chat AS (
            SELECT pg_advisory_xact_lock(hashtext(${chatKey})),
                   set_config('synchronous_commit', 'off', true)
          )
          UPDATE inbound_updates SET processed_at = now() AT TIME ZONE 'UTC', payload = NULL
          WHERE update_id = ${updateId} AND processed_at IS NULL AND EXISTS (SELECT FROM chat)`
        if (claimed === 0) return false

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
