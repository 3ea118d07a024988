import type { Locale } from '../programmes/localised.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import { criterionLine } from './criterion-line.ts'
import type { ProgrammeDecision } from './outcome.ts'
import { fill, formatNumber } from './template.ts'
import { wording } from './wording.ts'

/**
 * One plain-language line per criterion, marked ✓ met, ✗ not met or ? to check, with the
 * threshold used and the worker's own answer. A programme needing a caseworker gets one
 * more "?" line. Pass the policy that produced the decision; throws if it does not match.
 */
export function explainDecision(
  decision: ProgrammeDecision,
  policy: Policy,
  locale: Locale,
): string[] {
  const words = wording[locale]
  const programme = policy.programmes.find((one) => one.id === decision.programmeId)
  if (!programme) {
    throw new Error(`Programme ${decision.programmeId} is not in policy ${policy.version}`)
  }

  if (decision.reason === 'not_yet_available') return [words.marks.fail + words.notYetAvailable]
  if (programme.criteria.length === 0) return [words.marks.pass + words.openToAll]
  const lines = decision.criteria.map((outcome) => {
    const criterion = programme.criteria.find((one) => one.id === outcome.id)
    if (!criterion) throw new Error(`Criterion ${outcome.id} is not in ${programme.id}`)
    return criterionLine(criterion, outcome, words, locale)
  })

  if (!programme.needsCaseworker) return lines
  return [...lines, words.marks.unknown + words.needsCaseworker]
}

/**
 * The estimated amount in words, e.g. "每月 800 元", "约 9,000–15,000 元", "5,000 元/年";
 * undefined when the decision has no estimate.
 */
export function formatEstimate(decision: ProgrammeDecision, locale: Locale): string | undefined {
  const { estimate } = decision
  if (!estimate) return undefined

  const words = wording[locale]
  const exact = estimate.min === estimate.max
  const n = exact
    ? formatNumber(estimate.min)
    : `${formatNumber(estimate.min)}–${formatNumber(estimate.max)}`
  const template = words.estimate[estimate.period][exact ? 'exact' : 'range']
  return fill(template, { amount: fill(words.yuan, { n }) })
}
