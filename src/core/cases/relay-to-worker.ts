import type { Tx } from '../db/types.ts'
import type { Messenger } from '../notifications/messenger.ts'
import type { Cipher } from '../privacy/cipher.ts'
import type { MessageBody } from './message-body.ts'
import { isOpen } from './status.ts'

export type RelayRefusal = 'not_found' | 'closed' | 'erased' | 'unclaimed' | 'not_owner'

export type RelayResult =
  | { ok: true; messageId: bigint }
  | { ok: false; code: RelayRefusal | 'duplicate' | 'unreachable' }

/**
 * Sends a caseworker's reply to the worker through the messenger, in the same
 * transaction that records it. The Slack message's ts is unique, so a retried
 * event relays once. Only the owner of an open case reaches the worker.
 */
export async function relayToWorker(
  tx: Tx,
  deps: { cipher: Cipher; messenger: Messenger },
  reply: {
    caseId: string
    author: string
    authorName: string
    sourceTs: string
    text: string
    photo?: { base64: string; fileName: string }
    now: Date
  },
): Promise<RelayResult> {
  const found = await tx.case.findUnique({ where: { id: reply.caseId }, include: { worker: true } })
  if (!found) return { ok: false, code: 'not_found' }
  if (found.status === 'erased' || !found.worker) return { ok: false, code: 'erased' }
  if (!isOpen(found)) return { ok: false, code: 'closed' }
  if (!found.ownerId) return { ok: false, code: 'unclaimed' }
  if (found.ownerId !== reply.author) return { ok: false, code: 'not_owner' }

  const body: MessageBody = { text: reply.text }
  if (reply.photo) body.photo = reply.photo.base64
  const stored = await tx.caseMessage.createManyAndReturn({
    data: [
      {
        caseId: found.id,
        direction: 'to_worker',
        author: reply.author,
        kind: reply.photo ? 'photo' : 'text',
        body: deps.cipher.sealJson(body),
        sourceTs: reply.sourceTs,
        status: 'queued',
        createdAt: reply.now,
      },
    ],
    skipDuplicates: true,
  })
  const message = stored[0]
  if (!message) return { ok: false, code: 'duplicate' }

  const lines = [
    { key: 'case-from-caseworker', args: { name: reply.authorName, text: reply.text } },
  ]
  const queued = await deps.messenger.queue(
    tx,
    found.worker,
    { lines },
    {
      relayId: String(message.id),
      ...(reply.photo ? { photo: reply.photo } : {}),
    },
  )
  if (!queued) {
    await tx.caseMessage.update({ where: { id: message.id }, data: { status: 'failed' } })
    return { ok: false, code: 'unreachable' }
  }
  return { ok: true, messageId: message.id }
}
