import type { Reply } from '../../flows/types.ts'
import { applyIntent } from '../conversations/applications/apply-intent.ts'
import { showStatus } from '../conversations/applications/status.ts'
import { showMenu } from '../conversations/handle.ts'
import { requestPerson } from '../conversations/handoff.ts'
import { beginScreening } from '../conversations/screening.ts'
import type { Turn } from '../conversations/turn.ts'
import { answerQuestion } from './answer-question.ts'
import { askToConfirm } from './confirm-facts.ts'
import type { Intent, Understanding } from './intent.ts'

type Route = (turn: Turn, understood: Understanding, text: string) => Promise<void>

/**
 * Where each intent leads. Applying and status are the applications
 * feature's; event sign-up and notice settings are built elsewhere; until
 * they are, these answer with what exists (a caseworker). Point them here.
 */
export const routes: Record<Intent, Route> = {
  screening: (turn, understood) =>
    Object.keys(understood.facts).length > 0
      ? askToConfirm(turn, understood.facts)
      : beginScreening(turn),
  apply: applyFor,
  status: showStatus,
  human: (turn, understood) => requestPerson(turn, understood.programmes[0], 'worker_typed'),
  event_signup: signUpForEvent,
  question: async (turn, understood, text) => {
    const { policy, understanding } = turn.deps
    const words = understanding.matcher.programmes
    turn.replies.push(
      answerQuestion(text, understood.programmes, policy, words, turn.locale, turn.t),
    )
  },
  unsubscribe: async (turn) =>
    void turn.replies.push({ lines: [{ key: 'understood-unsubscribe' }] }),
  other: (turn, understood) =>
    showMenu(turn, understood.guarded ? 'understood-cannot-decide' : 'not-understood'),
}

/** A typed "I want to apply": the application itself, for the programme named if any. */
function applyFor(turn: Turn, understood: Understanding): Promise<void> {
  return applyIntent(turn, understood.programmes[0])
}

async function signUpForEvent(turn: Turn, understood: Understanding): Promise<void> {
  const events = turn.deps.policy.programmes.filter(
    (programme) => programme.kind === 'event' && programme.status === 'active',
  )
  const named = events.filter((event) => understood.programmes.includes(event.id))
  const shown = named.length > 0 ? named : events
  const lines: Reply['lines'] = [{ key: 'understood-event-lead' }]
  for (const event of shown) {
    lines.push('', `【${event.name[turn.locale]}】${event.summary[turn.locale]}`)
    lines.push(event.nextStep[turn.locale])
  }
  turn.replies.push({
    lines,
    buttons: shown.map((event) => [
      {
        label: { key: 'understood-event-ask', args: { name: event.name[turn.locale] } },
        data: `h:${event.id}`,
      },
    ]),
  })
}
