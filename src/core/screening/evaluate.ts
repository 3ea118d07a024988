import type { Policy } from '../programmes/policy-schema.ts'
import type { ProgrammeKind } from '../programmes/programme-schema.ts'
import { decide } from './decide.ts'
import { deriveFacts, type Facts } from './facts.ts'
import type { ScreeningResult, Verdict } from './outcome.ts'

const verdictRank: Record<Verdict, number> = { eligible: 0, maybe: 1, ineligible: 2 }
const kindRank: Record<ProgrammeKind, number> = {
  cash: 0,
  service: 1,
  referral: 2,
  event: 3,
  campaign: 4,
}

/**
 * Screens a worker against every programme of the policy. Pure and synchronous; the policy
 * must come from `loadPolicy`. Decisions are ordered eligible, then maybe, then ineligible;
 * within each, cash before services, then catalogue order.
 */
export function evaluate(policy: Policy, facts: Facts): ScreeningResult {
  const known = deriveFacts(facts)
  const ranked = policy.programmes.map((programme, index) => {
    const decision = decide(programme, known, policy.thresholds)
    return {
      decision,
      verdict: verdictRank[decision.verdict],
      kind: kindRank[programme.kind],
      index,
    }
  })

  ranked.sort((a, b) => a.verdict - b.verdict || a.kind - b.kind || a.index - b.index)
  return {
    policyVersion: policy.version,
    effectiveFrom: policy.effectiveFrom,
    decisions: ranked.map((entry) => entry.decision),
  }
}
