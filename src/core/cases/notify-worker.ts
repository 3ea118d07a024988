import type { Reply } from '../../flows/types.ts'
import type { Tx } from '../db/types.ts'
import type { Messenger } from '../notifications/messenger.ts'

/** Queues a message for the case's worker; false when there is no worker to reach (erased). */
export async function notifyWorker(
  tx: Tx,
  messenger: Messenger,
  caseId: string,
  reply: Reply,
): Promise<boolean> {
  const found = await tx.case.findUnique({ where: { id: caseId }, include: { worker: true } })
  if (!found?.worker) return false
  return messenger.queue(tx, found.worker, reply)
}
