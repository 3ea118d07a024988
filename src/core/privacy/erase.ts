import type { Tx } from '../db/types.ts'
import { freePlacesOf } from '../events/free-places-of.ts'
import { logAccess } from './access-log.ts'

/**
 * Erases a worker: their row and everything hanging off it, their access-log
 * entries, and the channel's queued traffic. `chatKey` is the keyed hash the
 * Telegram pipeline files updates under; rows it still needs for de-duplication
 * keep their update id but lose the key. Leaves one anonymous audit line.
 */
export async function eraseWorker(
  tx: Tx,
  workerId: string,
  chatKey: string | undefined,
): Promise<void> {
  // Erasure is told to the worker at once, so it must not wait on a lazy commit.
  await tx.$queryRaw`SELECT set_config('synchronous_commit', 'on', true) AS mode`
  // Cases stay as anonymous tombstones so Slack can say the worker left; what was said goes.
  const cases = await tx.case.findMany({ where: { workerId }, select: { id: true } })
  await tx.caseMessage.deleteMany({ where: { caseId: { in: cases.map((c) => c.id) } } })
  await tx.case.updateMany({
    where: { workerId },
    data: {
      status: 'erased',
      programmeId: null,
      applicationId: null,
      summary: null,
      cardVersion: { increment: 1 },
    },
  })
  await freePlacesOf(tx, workerId)
  await tx.worker.delete({ where: { id: workerId } })
  await tx.accessLog.deleteMany({ where: { workerId } })

  if (chatKey) {
    await tx.inboundUpdate.updateMany({
      where: { chatKey },
      data: { chatKey: 'erased', payload: null },
    })
    await tx.outboundMessage.deleteMany({ where: { chatKey, sentAt: null } })
  }
  await logAccess(tx, { actor: 'worker', workerId: null, action: 'worker.erased' })
}
