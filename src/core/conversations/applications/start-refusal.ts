import type { Reply } from '../../../flows/types.ts'
import type { StartResult } from '../../applications/start.ts'
import type { Turn } from '../turn.ts'
import { statusButton } from './buttons.ts'
import { day, programmeName } from './words.ts'

/** Why an application cannot be opened, kindly, with the way forward. */
export function startRefusal(
  turn: Turn,
  programmeId: string,
  result: Exclude<StartResult, { ok: true }>,
): Reply {
  const name = programmeName(turn, programmeId)
  const person = [{ label: { key: 'menu-human' }, data: `h:${programmeId}` }]
  switch (result.code) {
    case 'unknown_programme':
      return { lines: [{ key: 'programme-unknown' }] }
    case 'not_offered':
      return { lines: [{ key: 'app-refused-planned', args: { name } }], buttons: [person] }
    case 'via_events': {
      const programme = turn.deps.policy.programmes.find((one) => one.id === programmeId)
      const next = programme?.nextStep[turn.locale] ?? ''
      return { lines: [{ key: 'app-refused-event', args: { name, next } }], buttons: [person] }
    }
    case 'already_open': {
      const { reference, status, createdAt } = result.application
      const args = { name, reference, status: turn.t(`app-status-${status}`), date: day(createdAt) }
      return { lines: [{ key: 'app-refused-open', args }], buttons: [[statusButton()]] }
    }
    case 'excluded': {
      const { reference, status, programmeId: other } = result.application
      const args = {
        name,
        other: programmeName(turn, other),
        reference,
        status: turn.t(`app-status-${status}`),
      }
      return {
        lines: [{ key: 'app-refused-excluded', args }],
        buttons: [[statusButton()], person],
      }
    }
  }
}
