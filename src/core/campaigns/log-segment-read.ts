import type { Tx } from '../db/types.ts'
import { logAccess } from '../privacy/access-log.ts'
import { needsFacts, type Segment } from './segment.ts'

/**
 * A segment on answers (illness, children, eligibility) reads every
 * candidate's encrypted profile on a staff member's behalf: one access-log
 * line per resolution, naming the broadcast and how many matched, rather
 * than one per worker read.
 */
export async function logSegmentRead(
  tx: Tx,
  input: { actor: string; broadcastId: string; segment: Segment; matched: number },
): Promise<void> {
  if (!needsFacts(input.segment)) return
  await logAccess(tx, {
    actor: input.actor,
    workerId: null,
    action: 'segment.resolved',
    detail: `${input.broadcastId}: ${input.matched} matched ${JSON.stringify(input.segment)}`,
  })
}
