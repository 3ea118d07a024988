import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import createClassifier from 'wink-naive-bayes-text-classifier'
import { z } from 'zod'
import { INTENTS, type Intent } from './intent.ts'
import { redact } from './redact.ts'
import { tokens } from './tokens.ts'

const ROOT = join(import.meta.dirname, '../../..')

const settingsSchema = z.strictObject({
  version: z.number().int(),
  notes: z.string(),
  trainOn: z.array(z.string().min(1)).min(1),
  minimumOdds: z.number(),
})

const exampleSchema = z.object({ text: z.string().min(1), intent: z.enum(INTENTS) })

export type IntentClassifier = {
  /** The likeliest intent, or undefined when the message shares nothing with what it learned. */
  classify(text: string): Intent | undefined
  /** Files it learned from, relative to the project root. */
  trainedOn: string[]
}

/**
 * Trains the classifier from `data/intents/classifier.json` and the labelled
 * files it names (`{"text", "intent"}` lines). Examples are redacted as
 * messages are, so it learns from the same text it will see. Throws on a
 * broken file, naming it and the line.
 */
export function loadClassifier(root = ROOT): IntentClassifier {
  const settingsFile = join(root, 'data/intents/classifier.json')
  const settings = settingsSchema.parse(JSON.parse(readFileSync(settingsFile, 'utf8')))
  const model = createClassifier()
  model.definePrepTasks([tokens])
  // Presence, not counts: a word repeated in one message is no stronger evidence.
  model.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 })

  for (const file of settings.trainOn) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n')
    lines.forEach((line, index) => {
      if (!line.trim()) return
      const parsed = exampleSchema.safeParse(JSON.parse(line))
      if (!parsed.success)
        throw new Error(`${file} line ${index + 1}: not a {"text", "intent"} line`)
      model.learn(redact(parsed.data.text).text, parsed.data.intent)
    })
  }
  model.consolidate()

  return {
    trainedOn: settings.trainOn,
    classify(text) {
      const [best] = model.computeOdds(text)
      if (!best || best[1] <= settings.minimumOdds) return undefined
      return INTENTS.find((intent) => intent === best[0])
    },
  }
}
