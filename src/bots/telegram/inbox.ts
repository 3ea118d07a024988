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
    async store(updates: Update[]): Promise<number> {
      if (updates.length === 0) return 0
      const { count } = await prisma.inboundUpdate.createMany({
        data: updates.map((update) => ({
          updateId: BigInt(update.update_id),
          chatKey: chatKeyOf(cipher.keyedHash, chatIdOf(update)),
          payload: cipher.sealJson(update),
        })),
        skipDuplicates: true,
      })
      return count
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
