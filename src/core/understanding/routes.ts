import type { Reply } from '../../flows/types.ts'
import { showMenu } from '../conversations/handle.ts'
import { requestPerson } from '../conversations/handoff.ts'
import { programmeReply, resultsReply } from '../conversations/results.ts'
import { beginScreening, latestResult } from '../conversations/screening.ts'
import type { Turn } from '../conversations/turn.ts'
import { answerQuestion } from './answer-question.ts'
import { askToConfirm } from './confirm-facts.ts'
import type { Intent, Understanding } from './intent.ts'

type Route = (turn: Turn, understood: Understanding, text: string) => Promise<void>

/**
 * Where each intent leads. Applications, status, event sign-up and notice
 * settings are built elsewhere; until they are, these answer with what exists
 * (the programme page, the last result, a caseworker). Point them here.
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

async function applyFor(turn: Turn, understood: Understanding): Promise<void> {
  const { policy } = turn.deps
  const result = await latestResult(turn)
  const programmeId = understood.programmes[0]
  if (programmeId) {
    const page = programmeReply(programmeId, result, policy, turn.locale)
    return void turn.replies.push(lead('understood-apply-pick', page))
  }
  if (result) {
    const page = resultsReply(result, policy, turn.locale)
    return void turn.replies.push(lead('understood-apply-results', page))
  }
  turn.replies.push({
    lines: [{ key: 'understood-apply-screen-first' }],
    buttons: [
      [{ label: { key: 'menu-screen' }, data: 'm:screen' }],
      [{ label: { key: 'menu-human' }, data: 'h:' }],
    ],
  })
}

async function showStatus(turn: Turn): Promise<void> {
  const screened = (await latestResult(turn)) !== undefined
  const lines: Reply['lines'] = [{ key: 'understood-status-none' }]
  if (screened) lines.push({ key: 'understood-status-results' })
  lines.push({ key: 'understood-status-help' })
  const buttons = [[{ label: { key: 'menu-human' }, data: 'h:' }]]
  if (screened) buttons.unshift([{ label: { key: 'menu-results' }, data: 'm:results' }])
  turn.replies.push({ lines, buttons })
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

function lead(key: string, reply: Reply): Reply {
  return { ...reply, lines: [{ key }, '', ...reply.lines] }
}
