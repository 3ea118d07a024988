import type { Tx } from '../db/types.ts'

export type BroadcastAction = 'pause' | 'resume' | 'cancel'

const MOVES: Record<BroadcastAction, { from: string[]; to: string }> = {
  pause: { from: ['sending', 'scheduled'], to: 'paused' },
  resume: { from: ['paused'], to: 'sending' },
  cancel: {
    from: ['draft', 'awaiting_approval', 'scheduled', 'sending', 'paused'],
    to: 'cancelled',
  },
}

export type ControlResult =
  | { ok: true; status: string }
  | { ok: false; code: 'not_found' | 'not_now'; status?: string }

/**
 * Pauses, resumes or cancels. Send jobs read the status before each chunk:
 * a paused broadcast's jobs wait, a cancelled one's finish without sending.
 * Resuming one paused before it started sends it from the start.
 */
export async function controlBroadcast(
  tx: Tx,
  input: { broadcastId: string; action: BroadcastAction },
): Promise<ControlResult> {
  const broadcast = await tx.broadcast.findUnique({ where: { id: input.broadcastId } })
  if (!broadcast) return { ok: false, code: 'not_found' }
  const move = MOVES[input.action]
  if (!move.from.includes(broadcast.status))
    return { ok: false, code: 'not_now', status: broadcast.status }

  const to = input.action === 'resume' && !broadcast.startedAt ? 'scheduled' : move.to
  await tx.broadcast.update({ where: { id: broadcast.id }, data: { status: to } })
  return { ok: true, status: to }
}
