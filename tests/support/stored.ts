import type { FlowState } from '../../src/flows/types.ts'
import type { Harness, WorkerChat } from './telegram-harness.ts'

/** The worker row behind a chat, or null once erased. */
export function workerOf(harness: Harness, chat: WorkerChat) {
  return harness.db.prisma.worker.findUnique({
    where: { channel_externalId: { channel: 'telegram', externalId: String(chat.chatId) } },
  })
}

/** The flow state stored for a chat, decrypted as the bot reads it. */
export async function storedFlow(
  harness: Harness,
  chat: WorkerChat,
): Promise<FlowState | undefined> {
  const worker = await workerOf(harness, chat)
  if (!worker) return undefined
  const row = await harness.db.prisma.conversation.findUnique({ where: { workerId: worker.id } })
  return row ? harness.container.cipher.openJson<FlowState>(row.state) : undefined
}
