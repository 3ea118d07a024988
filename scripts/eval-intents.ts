import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { loadConfig } from '../src/core/config/load.ts'
import { createLogger } from '../src/core/logger.ts'
import { loadPolicy } from '../src/core/programmes/load-policy.ts'
import { factsSchema } from '../src/core/screening/facts.ts'
import { INTENTS, type Understanding } from '../src/core/understanding/intent.ts'
import { matchMessage } from '../src/core/understanding/matcher.ts'
import { loadMatcherData } from '../src/core/understanding/matcher-data.ts'
import { createModel } from '../src/core/understanding/model.ts'
import { understand } from '../src/core/understanding/understand.ts'

/**
 * Scores intent understanding on a JSON Lines file of `{"text", "intent", "facts"?}`:
 * accuracy per intent, an `overall` line, and how many expected facts were found,
 * for the built-in matcher and, when OPENAI_API_KEY is set, for the model.
 * Usage: npm run eval:intents [file]   (default data/eval/intents.jsonl)
 */
const file = process.argv[2] ?? 'data/eval/intents.jsonl'
const caseSchema = z.object({
  text: z.string(),
  intent: z.enum(INTENTS),
  facts: factsSchema.optional(),
})
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .map((line, index) => ({ line: line.trim(), index }))
  .filter(({ line }) => line !== '')
  .map(({ line, index }) => {
    const parsed = caseSchema.safeParse(JSON.parse(line))
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`)
    return parsed.data
  })

const loaded = loadConfig()
if (!loaded.ok) throw new Error(loaded.message)
const config = loaded.config
const policy = loadPolicy(config.POLICY_FILE)
const data = loadMatcherData()
const log = createLogger(process.env.EVAL_LOG_LEVEL ?? 'silent')

type Reader = (text: string) => Promise<Understanding>
const readers: [string, Reader][] = [['matcher', async (text) => matchMessage(text, data, policy)]]
const model = createModel(config, log)
if (model) {
  const deps = { model, matcher: data, policy, log }
  readers.push([`model (${config.OPENAI_MODEL})`, (text) => understand(text, deps)])
}

console.log(`${file}: ${cases.length} messages`)
const learned = data.classifier.trainedOn.some((trained) => resolve(trained) === resolve(file))
if (learned)
  console.log("(the matcher's classifier learned from this file: these are not unseen messages)")
for (const [name, read] of readers) {
  const tally = new Map<string, { right: number; total: number }>()
  const misses: string[] = []
  let factsRight = 0
  let factsTotal = 0
  let fromMatcher = 0

  for (const item of cases) {
    const got = await read(item.text)
    if (got.source === 'matcher' && !got.guarded) fromMatcher++
    const row = tally.get(item.intent) ?? { right: 0, total: 0 }
    row.total++
    if (got.intent === item.intent) row.right++
    else misses.push(`  ${item.intent} → ${got.intent}: ${item.text}`)
    tally.set(item.intent, row)
    for (const [fact, value] of Object.entries(item.facts ?? {})) {
      factsTotal++
      const found = got.facts[fact as keyof typeof got.facts]
      if (JSON.stringify(sorted(found)) === JSON.stringify(sorted(value))) factsRight++
    }
  }

  console.log(`\n${name}`)
  for (const intent of INTENTS) {
    const row = tally.get(intent)
    if (row)
      console.log(
        `  ${intent.padEnd(13)} ${ratio(row.right, row.total)}  (${row.right}/${row.total})`,
      )
  }
  const right = [...tally.values()].reduce((sum, row) => sum + row.right, 0)
  console.log(`  ${'overall'.padEnd(13)} ${ratio(right, cases.length)}  (${right}/${cases.length})`)
  console.log(
    `  ${'facts'.padEnd(13)} ${ratio(factsRight, factsTotal)}  (${factsRight}/${factsTotal} expected facts found)`,
  )
  if (name !== 'matcher')
    console.log(`  answered by the matcher after a model failure: ${fromMatcher}`)
  if (process.env.EVAL_SHOW_MISSES) console.log(misses.join('\n'))
}

function ratio(right: number, total: number): string {
  return total === 0 ? '—' : (right / total).toFixed(2)
}

function sorted(value: unknown): unknown {
  return Array.isArray(value) ? [...value].sort() : value
}
