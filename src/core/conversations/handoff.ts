import { openCase } from '../cases/open-case.ts'
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
  const opened = await openCase(turn.tx, {
    workerId: turn.worker.id,
    reason,
    programmeId,
    now: turn.deps.now(),
  })
  if (opened.kind === 'already_open') {
    turn.replies.push({ lines: [{ key: 'handoff-already' }] })
    return
  }
  turn.replies.push({ lines: [{ key: 'handoff-recorded' }] })
}
