import type { Outcome, Verdict } from './outcome.ts'

/**
 * Combines criterion outcomes: any failure rules the programme out; every criterion
 * passing makes it eligible, or only "maybe" when a caseworker must confirm; anything
 * still unknown leaves it at "maybe". No criteria at all means open to every worker.
 */
export function verdictOf(outcomes: readonly Outcome[], needsCaseworker: boolean): Verdict {
  if (outcomes.includes('fail')) return 'ineligible'
  if (outcomes.includes('unknown') || needsCaseworker) return 'maybe'
  return 'eligible'
}
