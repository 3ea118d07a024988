import { advance, type Outcome } from '../../flows/engine.ts'
import type { Answers, Flow, FlowState, Input, Reply, Text } from '../../flows/types.ts'
import { findOpenCase } from '../cases/find-open.ts'
import { openCase } from '../cases/open-case.ts'
import { LOCALES } from '../i18n/translator.ts'
import { features } from './features.ts'
import { clearFlow, saveFlow } from './flow-store.ts'
import type { ConversationDeps, Turn } from './turn.ts'

/**
 * A flow and what happens when the worker finishes it. A stage that is not
 * a list of questions (uploading documents) takes every input itself with
 * `input` and shows itself again with `resume`; the engine is then skipped.
 */
export type FlowHandler = {
  flow: Flow
  finish(turn: Turn, answers: Answers, state: FlowState): Promise<void>
  input?(turn: Turn, state: FlowState, input: Input): Promise<void>
  /** Hears every input before it is applied (a draft records the worker's activity). */
  step?(turn: Turn, state: FlowState): Promise<void>
  resume?(turn: Turn, state: FlowState, lead: Reply['lines']): Promise<void>
}

/** The feature flow that owns a stored state, found by the state's flow id. */
export function flowHandler(flowId: string, deps: ConversationDeps): FlowHandler | undefined {
  for (const feature of features) {
    const found =
      feature.flows?.find((handler) => handler.flow.id === flowId) ??
      feature.flowFor?.(flowId, deps)
    if (found) return found
  }
  return undefined
}

const MISSES_BEFORE_OFFERING_HELP = 3

/** Feeds one input to whichever flow the worker is in. */
export async function continueFlow(turn: Turn, state: FlowState, input: Input): Promise<void> {
  const handler = flowHandler(state.flowId, turn.deps)
  if (!handler) {
    // A flow removed by a deploy: forget it rather than trap the worker.
    await clearFlow(turn)
    return
  }
  await handler.step?.(turn, state)
  if (handler.input) {
    if (input.type === 'text' && (await takenAside(turn, input.text))) return
    return handler.input(turn, state, input)
  }
  const labelsOf = (text: Text) =>
    LOCALES.map((locale) => turn.deps.i18n.translator(locale)(text.key))
  const outcome = advance(handler.flow, state, input, labelsOf)
  // Text the flow refused may be no answer at all but a question or a request for a person.
  const refused = outcome.kind === 'asked' && outcome.state.misses > state.misses
  if (refused && input.type === 'text' && (await takenAside(turn, input.text))) return
  await applyOutcome(turn, handler, outcome)
}

async function takenAside(turn: Turn, text: string): Promise<boolean> {
  for (const feature of features) if (await feature.aside?.(turn, text)) return true
  return false
}

/** Stores the flow's new state and queues its reply, or finishes it. */
export async function applyOutcome(
  turn: Turn,
  handler: FlowHandler,
  outcome: Outcome,
): Promise<void> {
  if (outcome.kind === 'ignored') {
    turn.toast = outcome.toast
    return
  }
  if (outcome.kind === 'done') {
    await clearFlow(turn)
    await handler.finish(turn, outcome.answers, outcome.state)
    return
  }

  await saveFlow(turn, outcome.state)
  const reply = outcome.reply
  if (outcome.state.misses === MISSES_BEFORE_OFFERING_HELP) {
    // Three misses in a row: a caseworker is asked to help, and sees the answers tried.
    const now = turn.deps.now()
    const opened = await openCase(turn.tx, {
      workerId: turn.worker.id,
      reason: 'flow_struggle',
      now,
    })
    reply.lines.push({ key: 'case-flow-struggle' })
    const stop = [{ label: { key: 'case-stop-waiting-button' }, data: `cl:${opened.case.id}` }]
    if (opened.case.status === 'unclaimed') reply.buttons = [...(reply.buttons ?? []), stop]
  } else if (outcome.state.misses > MISSES_BEFORE_OFFERING_HELP) {
    // A caseworker already asked to help is not offered again.
    if (await findOpenCase(turn.tx, turn.worker.id)) {
      reply.lines.push({ key: 'flow-misses-caseworker-asked' })
    } else {
      reply.lines.push({ key: 'flow-too-many-misses' })
      reply.buttons = [...(reply.buttons ?? []), [{ label: { key: 'menu-human' }, data: 'h:flow' }]]
    }
  }
  turn.replies.push(reply)
}
