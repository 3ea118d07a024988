import type { Logger } from '../logger.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import type { Facts } from '../screening/facts.ts'
import { amountsIn, keepValid, withImpliedChildren } from './extract-facts.ts'
import type { Understanding } from './intent.ts'
import { matchMessage } from './matcher.ts'
import type { MatcherData } from './matcher-data.ts'
import type { Model } from './model.ts'
import { type Reading, readingInstructions, readingSchema } from './model-reading.ts'
import { redact } from './redact.ts'

export type UnderstandingDeps = {
  model?: Model | undefined
  matcher: MatcherData
  policy: Policy
  log: Logger
}

const NUMBER_FACTS = new Set(['householdSize', 'monthlyIncome', 'medicalOutOfPocket', 'children'])

/**
 * Reads one message. Identity and phone numbers and names are removed first,
 * so neither the model nor anything stored ever sees them. With a model, its
 * reading is used when valid; on no model, a failure or an invalid answer the
 * built-in matcher's reading is. A number the model gives counts only when it
 * is written in the message; the matcher's numbers come first.
 */
export async function understand(text: string, deps: UnderstandingDeps): Promise<Understanding> {
  const { text: redacted } = redact(text)
  const matched = matchMessage(redacted, deps.matcher, deps.policy)
  if (!deps.model || matched.guarded) return matched

  const answer = await deps.model.ask({
    name: 'understand',
    system: readingInstructions(deps.policy),
    user: redacted,
    schema: readingSchema(deps.policy),
  })
  if (!answer.ok) {
    deps.log.info({ failure: answer.failure }, 'built-in matcher answered instead of the model')
    return matched
  }
  return {
    intent: answer.value.intent,
    facts: groundFacts(answer.value, matched.facts, redacted),
    programmes: answer.value.programmes,
    source: 'model',
  }
}

/** Lists join both readings; numbers must be written in the text, the matcher's first. */
function groundFacts(reading: Reading, matched: Facts, text: string): Facts {
  const amounts = amountsIn(text)
  const facts: Record<string, unknown> = { ...matched }
  for (const [fact, value] of Object.entries(reading.facts)) {
    const mine = facts[fact]
    if (Array.isArray(value)) {
      const joined = [...new Set([...(Array.isArray(mine) ? mine : []), ...value])]
      if (joined.length > 0) facts[fact] = joined
    } else if (NUMBER_FACTS.has(fact)) {
      if (mine === undefined && typeof value === 'number' && amounts.has(value)) facts[fact] = value
    } else if (value !== null) {
      facts[fact] = value
    }
  }
  return withImpliedChildren(keepValid(facts))
}
