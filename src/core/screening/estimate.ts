import type { Benefit } from '../programmes/benefit-schema.ts'
import type { KnownFacts } from './fact-kinds.ts'
import type { Estimate } from './outcome.ts'

/**
 * A rough amount from the programme's benefit and the worker's answers, or undefined when
 * the benefit has no figure or the answers needed for it are missing. For school stages,
 * each stage named counts one child; extra children are assumed at the dearest stage named.
 */
export function estimateBenefit(benefit: Benefit, facts: KnownFacts): Estimate | undefined {
  switch (benefit.type) {
    case 'monthly':
      return { min: benefit.amount, max: benefit.amount, period: 'month' }
    case 'one_off':
      return { min: benefit.amount, max: benefit.amount, period: 'once' }
    case 'share':
      return shareOf(benefit, facts[benefit.fact])
    case 'by_stage':
      return byStage(benefit.amounts, facts)
    case 'none':
      return undefined
  }
}

type Share = Extract<Benefit, { type: 'share' }>
type StageAmounts = Extract<Benefit, { type: 'by_stage' }>['amounts']

function shareOf(share: Share, base: unknown): Estimate | undefined {
  if (typeof base !== 'number') return undefined

  const capped = (fraction: number) => Math.min(Math.round(base * fraction), share.cap ?? Infinity)
  return { min: capped(share.min), max: capped(share.max), period: 'once' }
}

function byStage(amounts: StageAmounts, facts: KnownFacts): Estimate | undefined {
  const stages = facts.schoolStages
  if (stages === undefined || stages.length === 0) return undefined

  const each = [...new Set(stages)].map((stage) => amounts[stage])
  const min = each.reduce((sum, amount) => sum + amount, 0)
  const extraChildren = Math.max(0, (facts.children ?? 0) - each.length)
  return { min, max: min + extraChildren * Math.max(...each), period: 'year' }
}
