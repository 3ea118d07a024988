import type { Tx } from '../db/types.ts'

export type SubmitResult =
  | { ok: true; status: 'scheduled' | 'awaiting_approval' }
  | { ok: false; code: 'not_found' | 'not_draft' | 'no_recipients' }

/**
 * Hands a draft over for sending. Over `approvalOver` recipients it waits for
 * a second admin; otherwise it is scheduled (the caller adds the start job).
 */
export async function submitBroadcast(
  tx: Tx,
  input: { broadcastId: string; recipients: number; approvalOver: number },
): Promise<SubmitResult> {
  const broadcast = await tx.broadcast.findUnique({ where: { id: input.broadcastId } })
  if (!broadcast) return { ok: false, code: 'not_found' }
  if (broadcast.status !== 'draft') return { ok: false, code: 'not_draft' }
  if (input.recipients === 0) return { ok: false, code: 'no_recipients' }

  const status = input.recipients > input.approvalOver ? 'awaiting_approval' : 'scheduled'
  await tx.broadcast.update({ where: { id: broadcast.id }, data: { status } })
  return { ok: true, status }
}

export type ApproveResult =
  | { ok: true }
  | { ok: false; code: 'not_found' | 'not_awaiting' | 'same_admin' }

/** A second admin, never the author, lets a large broadcast start. */
export async function approveBroadcast(
  tx: Tx,
  input: { broadcastId: string; actor: string },
): Promise<ApproveResult> {
  const broadcast = await tx.broadcast.findUnique({ where: { id: input.broadcastId } })
  if (!broadcast) return { ok: false, code: 'not_found' }
  if (broadcast.status !== 'awaiting_approval') return { ok: false, code: 'not_awaiting' }
  if (broadcast.createdBy === input.actor) return { ok: false, code: 'same_admin' }

  await tx.broadcast.update({
    where: { id: broadcast.id },
    data: { status: 'scheduled', approvedBy: input.actor },
  })
  return { ok: true }
}
