import type { Policy } from '../programmes/policy-schema.ts'
import { evaluate } from '../screening/evaluate.ts'
import type { Facts } from '../screening/facts.ts'
import type { Segment } from './segment.ts'

/** What is known of one worker: their latest confirmed answers. */
export type Known = { facts?: Facts }

/**
 * Whether a worker's answers meet the segment's answer-based conditions.
 * An unanswered fact never matches. Eligibility is worked out from the
 * answers under the current policy, as the worker's own results are.
 */
export function matchesFacts(segment: Segment, known: Known, policy: Policy): boolean {
  const facts = known.facts ?? {}
  if (segment.illness?.length && !segment.illness.some((i) => facts.illness?.includes(i)))
    return false
  if (segment.withChildren !== undefined) {
    if (facts.children === undefined) return false
    if (facts.children > 0 !== segment.withChildren) return false
  }
  if (
    segment.schoolStages?.length &&
    !segment.schoolStages.some((s) => facts.schoolStages?.includes(s))
  )
    return false
  if (!segment.programmes?.length) return true

  const result = known.facts && evaluate(policy, known.facts)
  return Boolean(
    result?.decisions.some(
      (d) => d.verdict === 'eligible' && segment.programmes?.includes(d.programmeId),
    ),
  )
}
