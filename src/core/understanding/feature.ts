import { resume } from '../../flows/engine.ts'
import { screeningFlow } from '../../flows/screening-flow.ts'
import type { FlowState } from '../../flows/types.ts'
import type { Feature } from '../conversations/feature.ts'
import { loadFlow } from '../conversations/flow-store.ts'
import { applyOutcome, continueFlow, flowHandler } from '../conversations/flows.ts'
import type { Turn } from '../conversations/turn.ts'
import { askToConfirm, confirmFacts, confirmFactsFlow, pendingFacts } from './confirm-facts.ts'
import type { Intent, Understanding } from './intent.ts'
import { routes } from './routes.ts'
import { keepTypedMessage } from './typed-messages.ts'
import { understand } from './understand.ts'

// Inside a flow, these are plainly not an answer: they are dealt with and the question stays open.
const ASIDE: ReadonlySet<Intent> = new Set([
  'question',
  'human',
  'status',
  'apply',
  'event_signup',
  'unsubscribe',
])

/**
 * Free text, read by the model when one is configured and by the built-in
 * matcher otherwise. Outside a flow every message is routed by its intent;
 * inside one, only text the flow refused as an answer comes here.
 */
export const understandingFeature: Feature = {
  name: 'understanding',
  flows: [confirmFacts],
  text: async (turn, text) => {
    const understood = await read(turn, text)
    if (understood.intent === 'other' && !understood.guarded) return false
    await routes[understood.intent](turn, understood, text)
    return true
  },
  aside: async (turn, text) => {
    const state = await loadFlow(turn)
    if (!state) return false
    const understood = await read(turn, text)

    if (ASIDE.has(understood.intent) || understood.guarded) {
      await routes[understood.intent](turn, understood, text)
      await reask(turn, state)
      return true
    }
    if (understood.intent !== 'screening') return false
    return takeFacts(turn, state, understood, text)
  },
}

async function read(turn: Turn, text: string): Promise<Understanding> {
  const understood = await understand(text, turn.deps.understanding)
  const { tx, deps, worker } = turn
  await keepTypedMessage(tx, deps.cipher, worker.id, understood.intent, text)
  return understood
}

/**
 * Facts typed while confirming update the facts shown. At a screening question,
 * a message with only that question's fact answers it ("一共四口人吧" → 4); one
 * with more facts goes to confirmation together with the answers given so far.
 */
async function takeFacts(
  turn: Turn,
  state: FlowState,
  understood: Understanding,
  text: string,
): Promise<boolean> {
  const facts = understood.facts
  if (Object.keys(facts).length === 0) return false
  if (state.flowId === confirmFactsFlow.id) {
    await askToConfirm(turn, { ...pendingFacts(state.answers), ...facts }, [
      { key: 'understood-updated' },
    ])
    return true
  }
  if (state.flowId !== screeningFlow.id) return false

  const step = screeningFlow.steps.find((candidate) => candidate.id === state.stepId)
  const value = step && facts[step.fact as keyof typeof facts]
  if (value !== undefined && Object.keys(facts).length === 1) {
    const answer = Array.isArray(value) ? value.join(',') : String(value)
    // Only a different text: the same text refused again must not come back here.
    if (answer === text || answer === '') return false
    await continueFlow(turn, state, { type: 'text', text: answer })
    return true
  }
  await askToConfirm(turn, { ...pendingFacts({ facts: state.answers }), ...facts })
  return true
}

/** Asks the question the worker was at again, if nothing above moved them on. */
async function reask(turn: Turn, before: FlowState): Promise<void> {
  const state = await loadFlow(turn)
  const handler = state && flowHandler(state.flowId, turn.deps)
  if (!state || !handler || state.flowId !== before.flowId || state.prompt !== before.prompt) return
  if (handler.resume) return handler.resume(turn, state, [{ key: 'understood-back-to-question' }])
  await applyOutcome(
    turn,
    handler,
    resume(handler.flow, state, [{ key: 'understood-back-to-question' }]),
  )
}
