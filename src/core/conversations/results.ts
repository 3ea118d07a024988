import type { Button, Reply } from '../../flows/types.ts'
import type { Locale } from '../i18n/translator.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import { explainDecision, formatEstimate } from '../screening/explain.ts'
import type { ProgrammeDecision, ScreeningResult } from '../screening/outcome.ts'

// Cash, services and referrals lead; events and campaigns are named on one line.
const HEADLINE_KINDS = new Set(['cash', 'service', 'referral'])

/**
 * The short result a worker sees after screening: what they can apply for,
 * with amounts, then what needs checking, then other services by name; every
 * programme named has a button with its reasons and next step.
 */
export function resultsReply(result: ScreeningResult, policy: Policy, locale: Locale): Reply {
  const programme = (id: string) => policy.programmes.find((candidate) => candidate.id === id)
  const nameOf = (id: string) => programme(id)?.name[locale] ?? id
  const line = (decision: ProgrammeDecision) => {
    const amount = formatEstimate(decision, locale)
    const name = nameOf(decision.programmeId)
    return amount
      ? { key: 'results-line-amount', args: { name, amount } }
      : { key: 'results-line', args: { name } }
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
  if (others.length) {
    const names = others.map((decision) => nameOf(decision.programmeId))
    lines.push('', {
      key: 'results-more-services',
      args: { names: names.join(locale === 'en' ? ', ' : '、') },
    })
  }
  for (const [a, b] of exclusivePairs([...eligible, ...maybe], policy)) {
    lines.push('', { key: 'results-exclusive', args: { first: nameOf(a), second: nameOf(b) } })
  }
  lines.push('', { key: 'results-footer' })

  const learn: Button[] = [...eligible, ...maybe, ...others].map((decision) => ({
    label: { key: 'results-learn', args: { name: nameOf(decision.programmeId) } },
    data: `p:${decision.programmeId}`,
  }))
  const apply: Button[] = [...eligible, ...maybe].map((decision) =>
    applyButton(nameOf(decision.programmeId), decision.programmeId),
  )
  return {
    lines,
    buttons: [
      ...pairs(learn),
      ...pairs(apply),
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

/** Offered programmes the policy says cannot both be paid (`excludes`), each pair once. */
function exclusivePairs(decisions: ProgrammeDecision[], policy: Policy): [string, string][] {
  const offered = new Set(decisions.map((decision) => decision.programmeId))
  const found: [string, string][] = []
  for (const programme of policy.programmes) {
    for (const other of programme.excludes ?? []) {
      const seen = found.some(
        ([a, b]) => (a === other && b === programme.id) || (a === programme.id && b === other),
      )
      if (offered.has(programme.id) && offered.has(other) && !seen)
        found.push([programme.id, other])
    }
  }
  return found
}

/** "申请 / Apply": opens the application in chat (the applications feature's `a:p:`). */
function applyButton(name: string, programmeId: string): Button {
  return { label: { key: 'results-apply', args: { name } }, data: `a:p:${programmeId}` }
}

function pairs<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / 2) }, (_, i) =>
    items.slice(i * 2, i * 2 + 2),
  )
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

  // Events are signed up for, not applied for; a failed screening is explained, not applied.
  const applicable =
    programme.status === 'active' &&
    programme.kind !== 'event' &&
    decision?.verdict !== 'ineligible'
  return {
    lines,
    buttons: [
      ...(applicable ? [[applyButton(programme.name[locale], programme.id)]] : []),
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
      ...active.map(
        (programme) =>
          `· ${programme.name[locale]}${locale === 'en' ? ': ' : '：'}${programme.summary[locale]}`,
      ),
    ],
    buttons: [
      [
        { label: { key: 'menu-results' }, data: 'm:results' },
        { label: { key: 'results-menu' }, data: 'm:menu' },
      ],
    ],
  }
}
