import { parseNumber } from '../../flows/parse-number.ts'
import { factKinds } from '../screening/fact-kinds.ts'
import { type Facts, factsSchema } from '../screening/facts.ts'
import { AMOUNT, type FactPatterns } from './matcher-data.ts'

/**
 * Candidate screening facts in what a worker typed: "家里3口人" → householdSize 3,
 * "花了3万多" → medicalOutOfPocket 30000, "我爸住院了" → illness family_hospitalised.
 * Each fact is checked on its own against the screening schema, so one odd value
 * drops only itself.
 */
export function extractFacts(text: string, patterns: FactPatterns): Facts {
  const found: Record<string, unknown> = {}

  for (const [fact, list] of Object.entries(patterns.numbers)) {
    for (const pattern of list) {
      const amount = pattern.exec(text)?.groups?.n
      const parsed = amount ? parseAmount(amount) : undefined
      if (parsed?.ok) {
        found[fact] = parsed.value
        break
      }
    }
  }

  for (const { fact, value, patterns: list } of patterns.values) {
    if (!list.some((pattern) => pattern.test(text))) continue
    if (factKinds[fact] === 'list') {
      const values = (found[fact] as string[] | undefined) ?? []
      if (!values.includes(value)) found[fact] = [...values, value]
    } else {
      found[fact] ??= value
    }
  }

  return keepValid(found)
}

/** A school stage implies at least that many children, so the flow keeps the stages. */
export function withImpliedChildren(facts: Facts): Facts {
  const stages = facts.schoolStages
  if (!stages?.length || facts.children !== undefined) return facts
  return { ...facts, children: stages.length }
}

/** Keeps each fact that screening would accept, dropping the rest one by one. */
export function keepValid(candidates: Record<string, unknown>): Facts {
  const facts: Record<string, unknown> = {}
  for (const [fact, value] of Object.entries(candidates)) {
    if (value === null || value === undefined) continue
    if (factsSchema.safeParse({ [fact]: value }).success) facts[fact] = value
  }
  return factsSchema.parse(facts)
}

/** Every amount written in the text, as the flow's parser reads it: "3万多" → 30000. */
export function amountsIn(text: string): Set<number> {
  const amounts = new Set<number>()
  for (const match of text.matchAll(new RegExp(AMOUNT, 'gi'))) {
    const parsed = parseAmount(match[0])
    if (parsed.ok) amounts.add(parsed.value)
  }
  return amounts
}

/** "二十多万" means about 200,000: the hedge before the unit is dropped before parsing. */
function parseAmount(amount: string) {
  return parseNumber(amount.replace(/[多来](?=万)/, ''))
}
