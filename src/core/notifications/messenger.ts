import type { Reply } from '../../flows/types.ts'
import type { Worker } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'

/**
 * Sends a worker a message from outside their own turn: a reminder, a
 * caseworker's reply, a status change. `queue` writes the message in the
 * caller's transaction, so it goes out exactly when the change that caused
 * it commits; the bot process delivers it, in order with the worker's other
 * replies. Returns false for a worker no channel can reach (the terminal
 * chat), so callers may record that nothing was sent.
 */
export type Messenger = {
  queue(
    tx: Tx,
    worker: Pick<Worker, 'channel' | 'externalId' | 'locale'>,
    reply: Reply,
    extras?: MessageExtras,
  ): Promise<boolean>
}

/**
 * A relayed caseworker message: `relayId` names its case_messages row, which
 * the sender marks delivered or failed; `photo` goes with the text as caption.
 */
export type MessageExtras = { relayId?: string; photo?: { base64: string; fileName: string } }
