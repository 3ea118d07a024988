import type { Button, Reply } from '../../flows/types.ts'
import type { Locale } from '../i18n/translator.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import { explainDecision, formatEstimate } from '../screening/explain.ts'
import type { ProgrammeDecision, ScreeningResult } from '../screening/outcome.ts'

// Cash and services worth a worker's attention first; the rest sit behind "All".
const HEADLINE_KINDS = new Set(['cash', 'service', 'referral'])
const MAX_BUTTONS = 6

/**
 * The short result a worker sees after screening: what they can apply for,
 * with amounts, then what needs checking; details sit one tap away.
 */
export function resultsReply(result: ScreeningResult, policy: Policy, locale: Locale): Reply {
  const programme = (id: string) => policy.programmes.find((candidate) => candidate.id === id)
  const line = (decision: ProgrammeDecision) => {
    const amount = formatEstimate(decision, locale)
    const name = programme(decision.programmeId)?.name[locale] ?? decision.programmeId
    return { key: 'results-line', args: { name, amount: amount ? `：${amount}` : '' } }
  }

  const headline = (d: ProgrammeDecision) =>
    HEADLINE_KINDS.has(programme(d.programmeId)?.kind ?? '')
  const eligible = result.decisions.filter((d) => d.verdict === 'eligible' && headline(d))
  const maybe = result.decisions.filter((d) => d.verdict === 'maybe' && headline(d))
  const others = result.decisions.filter((d) => d.verdict !== 'ineligible' && !headline(d))

  const lines: Reply['lines'] = [{ key: 'results-title', args: { version: result.policyVersion } }]
  if (eligible.length) lines.push('', { key: 'results-eligible' }, ...eligible.map(line))
  if (maybe.length) lines.push('', { key: 'results-maybe' }, ...maybe.map(line))
  if (!eligible.length && !maybe.length) lines.push('', { key: 'results-none' })
  if (others.length)
    lines.push('', { key: 'results-more-services', args: { count: others.length } })
  lines.push('', { key: 'results-footer' })

  const learn: Button[][] = [...eligible, ...maybe].slice(0, MAX_BUTTONS).map((decision) => [
    {
      label: {
        key: 'results-learn',
        args: { name: programme(decision.programmeId)?.name[locale] ?? '' },
      },
      data: `p:${decision.programmeId}`,
    },
  ])
  return {
    lines,
    buttons: [
      ...learn,
      [
        { label: { key: 'results-all' }, data: 'm:all' },
        { label: { key: 'results-edit' }, data: 'r:edit' },
      ],
      [
        { label: { key: 'results-human' }, data: 'h:' },
        { label: { key: 'results-menu' }, data: 'm:menu' },
      ],
    ],
  }
}

/** One programme: what it gives, why the worker does or does not fit, what to do next. */
export function programmeReply(
  programmeId: string,
  result: ScreeningResult | undefined,
  policy: Policy,
  locale: Locale,
): Reply {
  const programme = policy.programmes.find((candidate) => candidate.id === programmeId)
  if (!programme) return { lines: [{ key: 'programme-unknown' }] }
  const decision = result?.decisions.find((candidate) => candidate.programmeId === programmeId)

  const lines: Reply['lines'] = [`【${programme.name[locale]}】`, programme.summary[locale]]
  if (decision) {
    const amount = formatEstimate(decision, locale)
    lines.push('', { key: `programme-verdict-${decision.verdict}` }, ...(amount ? [amount] : []))
    lines.push('', { key: 'programme-why' }, ...explainDecision(decision, policy, locale))
  }
  lines.push('', { key: 'programme-next' }, programme.nextStep[locale])

  return {
    lines,
    buttons: [
      [{ label: { key: 'results-human' }, data: `h:${programmeId}` }],
      [{ label: { key: 'programme-back' }, data: 'm:results' }],
    ],
  }
}

/** Every active programme by pillar, each a tap away. */
export function catalogueReply(policy: Policy, locale: Locale): Reply {
  const active = policy.programmes.filter((programme) => programme.status === 'active')
  return {
    lines: [
      { key: 'all-programmes-title' },
      ...active.map((programme) => `· ${programme.name[locale]}：${programme.summary[locale]}`),
    ],
    buttons: [[{ label: { key: 'results-menu' }, data: 'm:menu' }]],
  }
}
