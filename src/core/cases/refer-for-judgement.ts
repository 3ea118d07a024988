import type { Tx } from '../db/types.ts'
import { type OpenResult, openCase } from './open-case.ts'

/**
 * A screening or application result the rules cannot settle (a programme a
 * caseworker must confirm, an application the chain sends to a person):
 * opens a case about that application for caseworkers, or adds to the
 * worker's open one. For callers outside the worker's turn (submission, jobs).
 */
export function referForJudgement(
  tx: Tx,
  referral: { workerId: string; programmeId: string; applicationId?: string; now: Date },
): Promise<OpenResult> {
  return openCase(tx, { ...referral, reason: 'needs_judgement' })
}
