import { readFileSync } from 'node:fs'
import { describeIssues } from './describe-issues.ts'
import { type Policy, policySchema } from './policy-schema.ts'

/**
 * Reads and validates a policy file. Throws when the file is missing, is not JSON, or
 * breaks the schema; the message names the file and every offending field path, so an
 * admin can fix the file without reading code. Call once at start-up, not per screening.
 */
export function loadPolicy(path: string | URL): Policy {
  const source = String(path)
  const json = parseJson(readText(path, source), source)
  const parsed = policySchema.safeParse(json)

  if (!parsed.success) {
    const lines = describeIssues(parsed.error.issues).map((line) => `  - ${line}`)
    const message = `Policy file ${source} is invalid; fix these fields:\n${lines.join('\n')}`
    throw new Error(message, { cause: parsed.error })
  }
  return parsed.data
}

function readText(path: string | URL, source: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (cause) {
    throw new Error(`Policy file ${source} cannot be read; check the path`, { cause })
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch (cause) {
    throw new Error(`Policy file ${source} is not valid JSON: ${(cause as Error).message}`, {
      cause,
    })
  }
}
