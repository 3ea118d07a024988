import type { Tx } from '../db/types.ts'
import { recordCaseEvent } from './record-event.ts'

export type ClaimResult =
  | { ok: true; caseId: string }
  | { ok: false; code: 'already_claimed'; ownerId: string }
  | { ok: false; code: 'already_yours' | 'closed' | 'erased' | 'not_found' }

/**
 * Gives an unclaimed case to one caseworker. The conditional update is the
 * arbiter: of any number of simultaneous presses exactly one changes the
 * row; the others read who has it.
 */
export async function claimCase(
  tx: Tx,
  claim: { caseId: string; userId: string; now: Date },
): Promise<ClaimResult> {
  const { caseId, userId, now } = claim
  const won = await tx.case.updateMany({
    where: { id: caseId, status: 'unclaimed' },
    data: { status: 'claimed', ownerId: userId, claimedAt: now, cardVersion: { increment: 1 } },
  })
  if (won.count === 1) {
    await recordCaseEvent(tx, { caseId, actor: `slack:${userId}`, action: 'case.claimed', at: now })
    return { ok: true, caseId }
  }

  const found = await tx.case.findUnique({ where: { id: caseId } })
  if (!found) return { ok: false, code: 'not_found' }
  if (found.status === 'erased') return { ok: false, code: 'erased' }
  if (found.status === 'closed') return { ok: false, code: 'closed' }
  if (found.ownerId === userId) return { ok: false, code: 'already_yours' }
  return { ok: false, code: 'already_claimed', ownerId: found.ownerId ?? 'someone' }
}
