import { escalate } from '../cases/escalate.ts'
import type { CaseReason } from '../cases/status.ts'
import type { Turn } from './turn.ts'

/**
 * The worker wants a person: opens a case for caseworkers in Slack. A second
 * request while one is open is not duplicated.
 */
export async function requestPerson(
  turn: Turn,
  programmeId: string | undefined,
  reason: CaseReason,
): Promise<void> {
  await escalate(turn, { reason, programmeId })
}
