import type { Reply } from '../../flows/types.ts'
import type { Feature } from '../conversations/feature.ts'
import type { Turn } from '../conversations/turn.ts'
import { factsSchema } from '../screening/facts.ts'
import { acceptOffer } from './accept-offer.ts'
import { declineOffer } from './release-place.ts'
import { recordResponse, waitingPosition } from './respond.ts'
import { signUp } from './sign-up.ts'

const STAGES = factsSchema.shape.schoolStages.unwrap().element.options

/**
 * Invitations and places: Join / Not this time, a sign-up per child for
 * camps and classes (which child, which school stage), and taking up or
 * turning down a place offered from the waiting list.
 * Buttons: `ev:j|n|c:<event>`, `ev:k:<event>:<child>`, `ev:s:<event>:<child>:<stage>`,
 * `ev:a|x:<sign-up>`.
 */
export const eventsFeature: Feature = {
  name: 'events',
  buttons: {
    ev: async (turn, value) => {
      const [action, id = '', child, stage] = value.split(':')
      switch (action) {
        case 'j':
          return join(turn, id, 'self')
        case 'n':
          await recordResponse(turn.tx, { ...whoNow(turn, id), status: 'declined' })
          return say(turn, { lines: [{ key: 'event-declined-noted' }] })
        case 'c':
          return say(turn, await childQuestion(turn, id))
        case 'k':
          return say(turn, await stageQuestion(turn, id, child ?? '1'))
        case 's':
          return join(turn, id, `child-${child}`, stage)
        case 'a':
          return accept(turn, id)
        case 'x':
          return decline(turn, id)
      }
      say(turn, { lines: [{ key: 'event-not-found' }] })
    },
  },
}

function whoNow(turn: Turn, eventId: string) {
  return { eventId, workerId: turn.worker.id, now: turn.deps.now() }
}

function say(turn: Turn, reply: Reply): void {
  turn.replies.push(reply)
}

async function join(turn: Turn, eventId: string, participant: string, stage?: string) {
  const result = await signUp(turn.tx, {
    ...whoNow(turn, eventId),
    participant,
    ...(stage ? { stage } : {}),
  })
  if (!result.ok) {
    const event = await turn.tx.event.findUnique({ where: { id: eventId } })
    const stages = (event?.stages ?? []).map((s) => turn.t(`stage-${s}`)).join('、')
    return say(turn, {
      lines: [{ key: `event-${result.code.replace('_', '-')}`, args: { stages } }],
    })
  }

  await recordResponse(turn.tx, { ...whoNow(turn, eventId), status: 'joined' })
  const event = await turn.tx.event.findUniqueOrThrow({ where: { id: eventId } })
  if (result.status === 'confirmed')
    return say(turn, { lines: [{ key: 'event-joined', args: { title: event.title } }] })
  const position = await waitingPosition(turn.tx, result.signup)
  say(turn, { lines: [{ key: 'event-waiting', args: { title: event.title, position } }] })
}

async function childQuestion(turn: Turn, eventId: string): Promise<Reply> {
  const profile = await turn.tx.profile.findUnique({ where: { workerId: turn.worker.id } })
  const facts = profile ? factsSchema.parse(turn.deps.cipher.openJson(profile.facts)) : {}
  const children = Math.min(4, Math.max(1, facts.children ?? 1))
  const buttons = Array.from({ length: children }, (_, i) => ({
    label: { key: 'event-child', args: { n: i + 1 } },
    data: `ev:k:${eventId}:${i + 1}`,
  }))
  return { lines: [{ key: 'event-which-child' }], buttons: [buttons] }
}

async function stageQuestion(turn: Turn, eventId: string, child: string): Promise<Reply> {
  const event = await turn.tx.event.findUnique({ where: { id: eventId } })
  if (!event) return { lines: [{ key: 'event-not-found' }] }
  const stages = event.stages.length > 0 ? event.stages : STAGES
  return {
    lines: [{ key: 'event-which-stage' }],
    buttons: stages.map((stage) => [
      { label: { key: `stage-${stage}` }, data: `ev:s:${eventId}:${child}:${stage}` },
    ]),
  }
}

async function accept(turn: Turn, signupId: string) {
  const result = await acceptOffer(turn.tx, {
    signupId,
    workerId: turn.worker.id,
    now: turn.deps.now(),
  })
  const key = result.ok
    ? 'event-offer-accepted'
    : result.code === 'expired'
      ? 'event-offer-expired'
      : 'event-not-found'
  say(turn, { lines: [{ key }] })
}

async function decline(turn: Turn, signupId: string) {
  const deps = turn.deps.campaigns?.events
  if (!deps) return say(turn, { lines: [{ key: 'event-not-found' }] })
  const result = await declineOffer(turn.tx, deps, {
    signupId,
    workerId: turn.worker.id,
    now: turn.deps.now(),
  })
  say(turn, { lines: [{ key: result.ok ? 'event-offer-declined' : 'event-offer-expired' }] })
}
