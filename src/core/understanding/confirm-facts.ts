import { startFlow } from '../../flows/engine.ts'
import { screeningFlow } from '../../flows/screening-flow.ts'
import type { Answers, Flow, Reply } from '../../flows/types.ts'
import { applyOutcome, type FlowHandler, flowHandler } from '../conversations/flows.ts'
import { beginScreening } from '../conversations/screening.ts'
import type { Turn } from '../conversations/turn.ts'
import { grantConsent, hasConsent } from '../privacy/consent.ts'
import type { Facts } from '../screening/facts.ts'
import { describeFacts } from './describe-facts.ts'
import { keepValid } from './extract-facts.ts'

/**
 * One question: "is this what you said?". The candidate facts wait in the
 * flow's stored (encrypted) state under `facts` until the worker confirms.
 */
export const confirmFactsFlow: Flow = {
  id: 'understood-facts',
  version: 1,
  steps: [
    {
      id: 'confirm',
      fact: 'confirmed',
      kind: 'choice',
      options: [
        {
          value: 'yes',
          label: { key: 'understood-confirm-yes' },
          aliases: ['对', '对的', '是', '是的', '没错', '确认', '好', '好的', '嗯', 'ok', 'yes'],
        },
        {
          value: 'edit',
          label: { key: 'understood-confirm-edit' },
          aliases: ['修改', '改', '不对', '不是', '错了', 'no', 'change'],
        },
      ],
      prompt: { key: 'understood-confirm-ask' },
      why: { key: 'understood-confirm-why' },
    },
  ],
}

/** Shows the facts read from a message and asks the worker to confirm them. */
export async function askToConfirm(
  turn: Turn,
  facts: Facts,
  lead: Reply['lines'] = [{ key: 'understood-heard' }],
): Promise<void> {
  const outcome = startFlow(confirmFactsFlow, { facts })
  if (outcome.kind === 'asked') {
    const consented = await hasConsent(turn.tx, turn.worker.id, 'sensitive')
    const note: Reply['lines'] = consented ? [] : ['', { key: 'understood-consent-note' }]
    const heard = [...lead, ...describeFacts(facts, turn.locale), ...note, '']
    outcome.reply.lines.unshift(...heard)
  }
  await applyOutcome(turn, confirmFacts, outcome)
}

/** The facts waiting for confirmation, when the worker is at that question. */
export function pendingFacts(answers: Answers): Facts {
  const facts = answers.facts
  return facts && typeof facts === 'object' ? keepValid(facts as Record<string, unknown>) : {}
}

/**
 * Confirmed: consent to sensitive details is recorded (the question said so) and
 * screening starts with the facts filled in, asking only the rest. "Change it":
 * screening from the first question, as if nothing had been typed.
 */
async function finish(turn: Turn, answers: Answers): Promise<void> {
  if (answers.confirmed !== 'yes') return beginScreening(turn)
  await grantConsent(turn.tx, turn.worker.id, 'sensitive')
  const screening = flowHandler(screeningFlow.id, turn.deps)
  if (!screening) return beginScreening(turn)
  await applyOutcome(turn, screening, startFlow(screeningFlow, pendingFacts(answers)))
}

export const confirmFacts: FlowHandler = { flow: confirmFactsFlow, finish }
