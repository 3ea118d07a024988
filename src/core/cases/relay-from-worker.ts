import type { Case } from '../../generated/prisma/client.ts'
import type { WorkerEvent } from '../conversations/turn.ts'
import type { Tx } from '../db/types.ts'
import type { Cipher } from '../privacy/cipher.ts'
import type { MessageBody } from './message-body.ts'

type Relayed = Extract<WorkerEvent, { type: 'text' | 'file' | 'unsupported' }>

/**
 * Queues what the worker sent for the case thread, in the worker's turn; the
 * Slack side posts queued messages in order, each once. A reply from the
 * worker means the case no longer waits on them.
 */
export async function relayFromWorker(
  tx: Tx,
  cipher: Cipher,
  open: Case,
  event: Relayed,
  now: Date,
): Promise<void> {
  const body: MessageBody =
    event.type === 'text'
      ? { text: event.text }
      : event.type === 'unsupported'
        ? { unsupported: event.kind }
        : {
            fileId: event.file.fileId,
            ...(event.file.fileName ? { fileName: event.file.fileName } : {}),
            ...(event.file.mimeType ? { mimeType: event.file.mimeType } : {}),
            ...(event.file.caption ? { text: event.file.caption } : {}),
          }
  const kind = event.type === 'file' ? event.file.kind : 'text'
  await tx.caseMessage.create({
    data: {
      caseId: open.id,
      direction: 'to_slack',
      author: 'worker',
      kind,
      body: cipher.sealJson(body),
      createdAt: now,
    },
  })
  if (open.status === 'waiting_worker') {
    await tx.case.update({
      where: { id: open.id },
      data: { status: 'claimed', cardVersion: { increment: 1 } },
    })
  }
}
