import type { Text } from '../../flows/types.ts'
import type { Translate } from '../i18n/translator.ts'
import type { Benefit } from '../programmes/benefit-schema.ts'
import type { Locale } from '../programmes/localised.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import type { Programme } from '../programmes/programme-schema.ts'
import { fill, formatNumber } from '../screening/template.ts'
import { wording } from '../screening/wording.ts'

/**
 * One programme as the catalogue states it: name, summary, amount, conditions
 * (with the threshold figures of the policy) and next step. Every word and
 * figure comes from the policy file or screening's wording, none is made up.
 */
export function quoteProgramme(
  programme: Programme,
  policy: Policy,
  locale: Locale,
  t: Translate,
): (Text | string)[] {
  const lines: (Text | string)[] = [`【${programme.name[locale]}】${programme.summary[locale]}`]
  if (programme.status === 'planned') return [...lines, { key: 'answer-planned' }]

  const amount = amountText(programme.benefit, locale, t)
  if (amount) lines.push({ key: 'answer-amount', args: { amount } })
  lines.push({
    key: 'answer-conditions',
    args: { conditions: conditionsText(programme, policy, locale) },
  })
  lines.push({ key: 'answer-next', args: { next: programme.nextStep[locale] } })
  return lines
}

function amountText(benefit: Benefit, locale: Locale, t: Translate): string | undefined {
  const words = wording[locale]
  const yuan = (n: number) => fill(words.yuan, { n: formatNumber(n) })
  switch (benefit.type) {
    case 'monthly':
      return fill(words.estimate.month.exact, { amount: yuan(benefit.amount) })
    case 'one_off':
      return fill(words.estimate.once.exact, { amount: yuan(benefit.amount) })
    case 'share': {
      const share = t('answer-share', {
        base: words.facts[benefit.fact].noun,
        min: Math.round(benefit.min * 100),
        max: Math.round(benefit.max * 100),
      })
      return benefit.cap === undefined
        ? share
        : share + t('answer-share-cap', { cap: yuan(benefit.cap) })
    }
    case 'by_stage': {
      const stages = words.facts.schoolStages.values ?? {}
      const list = Object.entries(benefit.amounts)
        .map(([stage, amount]) => `${stages[stage] ?? stage} ${yuan(amount)}`)
        .join(words.listJoin)
      return t('answer-by-stage', { list })
    }
    case 'none':
      return undefined
  }
}

function conditionsText(programme: Programme, policy: Policy, locale: Locale): string {
  const words = wording[locale]
  if (programme.criteria.length === 0) return words.openToAll
  return programme.criteria
    .map((criterion) => {
      const threshold = 'threshold' in criterion ? criterion.threshold : undefined
      const figure = threshold === undefined ? undefined : policy.thresholds[threshold]
      const label = criterion.label[locale]
      if (figure === undefined) return label
      return `${label}（${fill(words.yuan, { n: formatNumber(figure) })}）`
    })
    .join(locale === 'en' ? '; ' : '；')
}
