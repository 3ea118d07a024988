import type { Tx } from '../db/types.ts'
import { composeBroadcast, type NewBroadcast } from './compose-broadcast.ts'
import { logSegmentRead } from './log-segment-read.ts'
import { resolveSegment, type SegmentDeps } from './resolve-segment.ts'
import { type SubmitResult, submitBroadcast } from './submit-broadcast.ts'

/**
 * Composes a broadcast and, unless it is only a draft for a test send,
 * submits it with its recipient count (the preview admins see). The caller
 * schedules it when the result is `scheduled`, after commit.
 */
export async function prepareBroadcast(
  tx: Tx,
  deps: SegmentDeps,
  input: NewBroadcast & { approvalOver: number; submit: boolean },
): Promise<{ id: string; scheduledAt: Date | null; count: number; submitted?: SubmitResult }> {
  const { approvalOver, submit, ...fields } = input
  const draft = await composeBroadcast(tx, fields)
  const count = (await resolveSegment(tx, deps, input.segment, input.kind)).length
  const read = { actor: input.createdBy, broadcastId: draft.id, segment: input.segment }
  await logSegmentRead(tx, { ...read, matched: count })
  const base = { id: draft.id, scheduledAt: draft.scheduledAt, count }
  if (!submit) return base
  const submitted = await submitBroadcast(tx, {
    broadcastId: draft.id,
    recipients: count,
    approvalOver,
  })
  return { ...base, submitted }
}
