import type { Broadcast } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'
import { logSegmentRead } from './log-segment-read.ts'
import { resolveSegment, type SegmentDeps } from './resolve-segment.ts'
import { type NoticeKind, segmentSchema } from './segment.ts'

export type StartResult =
  | { ok: true; broadcast: Broadcast }
  | { ok: false; code: 'not_found' | 'not_scheduled'; status?: string }

/**
 * Fixes the recipients: one delivery row per worker, numbered 1..total, so
 * every send job owns a range and a restart resumes from the rows. Runs once:
 * a broadcast already sending is returned as it is.
 */
export async function startBroadcast(
  tx: Tx,
  deps: SegmentDeps,
  input: { broadcastId: string; now: Date },
): Promise<StartResult> {
  const [locked] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status FROM broadcasts WHERE id = ${input.broadcastId}::uuid FOR UPDATE`
  if (!locked) return { ok: false, code: 'not_found' }
  const broadcast = await tx.broadcast.findUniqueOrThrow({ where: { id: input.broadcastId } })
  if (broadcast.status === 'sending' && broadcast.startedAt) return { ok: true, broadcast }
  if (broadcast.status !== 'scheduled')
    return { ok: false, code: 'not_scheduled', status: broadcast.status }

  const segment = segmentSchema.parse(broadcast.segment)
  const ids = await resolveSegment(tx, deps, segment, broadcast.kind as NoticeKind)
  const actor = broadcast.createdBy
  await logSegmentRead(tx, { actor, broadcastId: broadcast.id, segment, matched: ids.length })
  await tx.$executeRaw`
    INSERT INTO broadcast_deliveries (broadcast_id, worker_id, seq)
    SELECT ${broadcast.id}::uuid, t.w, t.o::int
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS t(w, o)`

  const started = await tx.broadcast.update({
    where: { id: broadcast.id },
    data: { status: 'sending', total: ids.length, startedAt: input.now },
  })
  return { ok: true, broadcast: started }
}
