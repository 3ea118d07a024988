import type { Tx } from '../db/types.ts'
import { recordCaseEvent } from './record-event.ts'

export type RateResult = { ok: true } | { ok: false; code: 'not_found' | 'already_rated' | 'open' }

/** Stores the worker's 1–5 rating of a closed case of theirs, once. */
export async function rateCase(
  tx: Tx,
  rating: { caseId: string; workerId: string; stars: number; now: Date },
): Promise<RateResult> {
  const { caseId, workerId, stars, now } = rating
  const found = await tx.case.findFirst({ where: { id: caseId, workerId } })
  if (!found || stars < 1 || stars > 5) return { ok: false, code: 'not_found' }
  if (found.status !== 'closed') return { ok: false, code: 'open' }
  const changed = await tx.case.updateMany({
    where: { id: caseId, rating: null },
    data: { rating: stars, cardVersion: { increment: 1 } },
  })
  if (changed.count === 0) return { ok: false, code: 'already_rated' }
  await recordCaseEvent(tx, {
    caseId,
    actor: 'worker',
    action: 'case.rated',
    detail: String(stars),
    at: now,
  })
  return { ok: true }
}
