import type { Update } from 'grammy/types'
import type { Cipher } from '../../core/privacy/cipher.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { chatIdOf, chatKeyOf } from './chat-id.ts'

export type PendingUpdate = { updateId: bigint; chatKey: string; update: Update }

/**
 * The durable inbox. Updates are written here before Telegram is told they
 * arrived (the next getUpdates offset, or the webhook's 200), so a crash
 * never loses one; a redelivered id is ignored by the primary key.
 */
export function createInbox(prisma: PrismaClient, cipher: Cipher) {
  return {
    /**
     * Stores updates and returns them ready to handle, so the process that received them
     * need not read them back. A redelivered one is returned too; its claim will fail.
     */
    async store(updates: Update[]): Promise<PendingUpdate[]> {
      if (updates.length === 0) return []
      const pending = updates.map((update) => ({
        updateId: BigInt(update.update_id),
        chatKey: chatKeyOf(cipher.keyedHash, chatIdOf(update)),
        update,
      }))
      await prisma.inboundUpdate.createMany({
        data: pending.map(({ updateId, chatKey, update }) => ({
          updateId,
          chatKey,
          payload: cipher.sealJson(update),
        })),
        skipDuplicates: true,
      })
      return pending
    },

    /** Unprocessed updates after `afterId`, oldest first. */
    async pending(afterId: bigint, limit: number): Promise<PendingUpdate[]> {
      const rows = await prisma.inboundUpdate.findMany({
        where: { processedAt: null, updateId: { gt: afterId } },
        orderBy: { updateId: 'asc' },
        take: limit,
      })
      return rows.flatMap((row) =>
        row.payload
          ? [
              {
                updateId: row.updateId,
                chatKey: row.chatKey,
                update: cipher.openJson<Update>(row.payload),
              },
            ]
          : [],
      )
    },

    /** Forgets processed updates older than `before`; their ids are no longer redelivered by then. */
    async purge(before: Date): Promise<number> {
      const { count } = await prisma.inboundUpdate.deleteMany({
        where: { processedAt: { lt: before } },
      })
      return count
    },
  }
}

export type Inbox = ReturnType<typeof createInbox>
