import type { Text } from '../../flows/types.ts'
import type { Turn } from '../conversations/turn.ts'
import { officeStatus } from './office-hours.ts'
import { type OpenResult, openCase } from './open-case.ts'
import { DEFAULT_CASEWORK } from './settings.ts'
import type { CaseReason } from './status.ts'

/**
 * Hands the worker to a person from inside their turn: opens a case (or
 * finds the open one) and tells them what happens next. Words of crisis
 * get the hotline first and an urgent case; outside office hours the worker
 * is told when to expect an answer. While the case waits for a person, a
 * button lets the worker stop waiting.
 */
export async function escalate(
  turn: Turn,
  escalation: { reason: CaseReason; programmeId?: string | undefined; urgent?: boolean },
): Promise<OpenResult> {
  const settings = turn.deps.casework ?? DEFAULT_CASEWORK
  const now = turn.deps.now()
  const opened = await openCase(turn.tx, { workerId: turn.worker.id, now, ...escalation })

  const lines: Text[] = []
  if (escalation.reason === 'crisis')
    lines.push({ key: 'case-crisis-hotline', args: { hotline: settings.hotline } })
  else lines.push({ key: opened.kind === 'opened' ? 'handoff-recorded' : 'handoff-already' })

  const office = officeStatus(now, settings.office)
  if (opened.kind === 'opened' && !office.open) {
    const { weekday, time, inDays } = office
    lines.push({ key: 'case-after-hours', args: { weekday, time, inDays } })
  }
  // While nobody has it yet, the worker can stop waiting (the same as /leave); not in a crisis.
  const buttons =
    opened.case.status === 'unclaimed' && escalation.reason !== 'crisis'
      ? [[{ label: { key: 'case-stop-waiting-button' }, data: `cl:${opened.case.id}` }]]
      : undefined
  turn.replies.push(buttons ? { lines, buttons } : { lines })
  return opened
}
