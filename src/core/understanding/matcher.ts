import type { Policy } from '../programmes/policy-schema.ts'
import { extractFacts, withImpliedChildren } from './extract-facts.ts'
import { findProgrammes } from './find-programmes.ts'
import { INTENTS, type Intent, type Understanding } from './intent.ts'
import type { MatcherData } from './matcher-data.ts'

/**
 * The built-in matcher: reads a message with the keywords and patterns of
 * `data/intents/`, no model needed. Each intent scores the weights of its cues
 * that match; facts found lean towards screening, a named programme strengthens
 * an intent that already has a cue. Below the minimum score a classifier
 * trained on labelled messages decides, and `other` when it has no idea.
 */
export function matchMessage(text: string, data: MatcherData, policy: Policy): Understanding {
  const { cues } = data
  if (cues.guards.some((guard) => guard.test(text))) {
    return { intent: 'other', facts: {}, programmes: [], source: 'matcher', guarded: true }
  }

  const facts = extractFacts(text, data.facts)
  const programmes = findProgrammes(text, policy, data.programmes.aliases)
  const scores = new Map<Intent, number>()
  for (const intent of INTENTS) {
    const matched = cues.intents[intent].filter((cue) => cue.pattern.test(text))
    let score = matched.reduce((sum, cue) => sum + cue.weight, 0)
    if (matched.length > 0 && programmes.length > 0 && cues.programmeBoosts.includes(intent)) {
      score += cues.programmeWeight
    }
    scores.set(intent, score)
  }
  const factCount = Object.keys(facts).length
  const screening = scores.get('screening') ?? 0
  scores.set('screening', screening + Math.min(cues.factCap, factCount * cues.factWeight))

  // The intent listed first in the data file wins a tie.
  let intent: Intent = 'other'
  let best = cues.minimumScore - Number.EPSILON
  for (const candidate of Object.keys(cues.intents) as Intent[]) {
    const score = scores.get(candidate) ?? 0
    if (score > best) {
      intent = candidate
      best = score
    }
  }
  if (intent === 'other') intent = data.classifier.classify(text) ?? 'other'
  return { intent, facts: withImpliedChildren(facts), programmes, source: 'matcher' }
}
