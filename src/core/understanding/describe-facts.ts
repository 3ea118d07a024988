import type { Reply } from '../../flows/types.ts'
import type { Locale } from '../programmes/localised.ts'
import { factNames } from '../screening/fact-kinds.ts'
import type { Facts } from '../screening/facts.ts'
import { fill, formatNumber } from '../screening/template.ts'
import { wording } from '../screening/wording.ts'

/** Candidate facts as the worker can check them: "· 家庭人口：3 人", in screening's own words. */
export function describeFacts(facts: Facts, locale: Locale): Reply['lines'] {
  const words = wording[locale]
  return factNames
    .filter((fact) => fact in facts)
    .map((fact) => {
      const known = words.facts[fact]
      const value = facts[fact as keyof Facts]
      const text =
        typeof value === 'number'
          ? fill(known.unit ?? '{n}', { n: formatNumber(value) })
          : [value ?? []]
              .flat()
              .map((one) => known.values?.[one] ?? one)
              .join(words.listJoin)
      return { key: 'understood-fact-line', args: { fact: known.noun, value: text } }
    })
}
