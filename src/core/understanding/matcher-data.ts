import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { type FactName, factKinds } from '../screening/fact-kinds.ts'
import { type IntentClassifier, loadClassifier } from './classifier.ts'
import { INTENTS } from './intent.ts'

const DATA_DIR = join(import.meta.dirname, '../../../data/intents')

// Amounts as workers write them; the flow's number parser reads what this captures.
export const AMOUNT =
  '(?<n>(?:\\d[\\d,.]*\\s*(?:万|千|k|w)?\\d*|[零〇一二两三四五六七八九十百千万]{1,6})(?:多|来)?万?)'

/** A pattern as data: compiled case-insensitively after the file's macros are filled in. */
const pattern = (macros: Record<string, string>) =>
  z.string().transform((source, ctx) => {
    const filled = source.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name === 'n' ? AMOUNT : (macros[name] ?? whole),
    )
    try {
      return new RegExp(filled, 'i')
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a valid pattern: ${(error as Error).message}` })
      return z.NEVER
    }
  })

const plain = pattern({})

const intentsSchema = z.strictObject({
  version: z.number().int(),
  notes: z.string(),
  minimumScore: z.number().positive(),
  factWeight: z.number().nonnegative(),
  factCap: z.number().nonnegative(),
  programmeWeight: z.number().nonnegative(),
  programmeBoosts: z.array(z.enum(INTENTS)),
  guards: z.array(plain),
  intents: z.record(
    z.enum(INTENTS),
    z.array(z.strictObject({ pattern: plain, weight: z.number().positive().default(2) })),
  ),
})

const factName = z
  .string()
  .refine((name) => name in factKinds && name !== 'perCapitaIncome', 'must name a screening fact')
  .transform((name) => name as FactName)

const factsFileSchema = z
  .strictObject({
    version: z.number().int(),
    notes: z.string(),
    macros: z.record(z.string(), z.string()),
  })
  .passthrough()
  .transform((file, ctx) => {
    const compiled = z
      .strictObject({
        numbers: z.record(factName, z.array(pattern(file.macros))),
        values: z.array(
          z.strictObject({
            fact: factName,
            value: z.string(),
            patterns: z.array(pattern(file.macros)),
          }),
        ),
      })
      .safeParse({ numbers: file.numbers, values: file.values })
    if (compiled.success) return compiled.data
    for (const issue of compiled.error.issues) ctx.addIssue({ ...issue, code: 'custom' })
    return z.NEVER
  })

const programmesSchema = z.strictObject({
  version: z.number().int(),
  notes: z.string(),
  aliases: z.record(z.string(), z.array(z.string().min(1))),
  beyondCatalogue: z.array(plain),
  costWords: z.array(plain),
})

export type IntentCues = z.infer<typeof intentsSchema>
export type FactPatterns = z.infer<typeof factsFileSchema>
export type ProgrammeWords = z.infer<typeof programmesSchema>
export type MatcherData = {
  cues: IntentCues
  facts: FactPatterns
  programmes: ProgrammeWords
  /** Decides when no keyword cue does. */
  classifier: IntentClassifier
}

/**
 * Reads the matcher's keywords and patterns from `data/intents/*.json`, checked by
 * zod (a bad pattern names its file and place). Throws on a broken file: the data
 * ships with the code, so a mistake there should stop start-up, not a conversation.
 */
export function loadMatcherData(dir = DATA_DIR): MatcherData {
  const read = <T>(file: string, schema: z.ZodType<T>): T => {
    const parsed = schema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')))
    if (parsed.success) return parsed.data
    const issue = parsed.error.issues[0]
    throw new Error(`${file} at ${issue?.path.join('.')}: ${issue?.message}`)
  }
  return {
    cues: read('intents.json', intentsSchema),
    facts: read('facts.json', factsFileSchema),
    programmes: read('programmes.json', programmesSchema),
    classifier: loadClassifier(),
  }
}
