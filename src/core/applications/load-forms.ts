import { readFileSync } from 'node:fs'
import { describeIssues } from '../programmes/describe-issues.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import { type Forms, formsFileSchema } from './form-schema.ts'

/**
 * Reads the application forms and checks them against the policy: every
 * programme has a form, every form a programme, every document type a
 * label. Throws with each offending field named, so an admin can fix the file.
 */
export function loadForms(path: string, policy: Policy): Forms {
  const parsed = formsFileSchema.safeParse(readJson(path))
  const problems = parsed.success
    ? crossCheck(parsed.data, policy)
    : describeIssues(parsed.error.issues)
  if (!parsed.success || problems.length > 0) {
    const lines = problems.map((line) => `  - ${line}`).join('\n')
    throw new Error(`Forms file ${path} is invalid; fix these fields:\n${lines}`)
  }
  return parsed.data
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (cause) {
    throw new Error(`Forms file ${path} cannot be read as JSON; check the path`, { cause })
  }
}

function crossCheck(forms: Forms, policy: Policy): string[] {
  const problems: string[] = []
  const programmes = new Set(policy.programmes.map((programme) => programme.id))

  for (const id of programmes) {
    if (!forms.forms[id]) problems.push(`forms.${id}: missing; every programme needs a form`)
  }
  for (const [id, form] of Object.entries(forms.forms)) {
    if (!programmes.has(id)) problems.push(`forms.${id}: no such programme in the policy`)
    for (const document of form.documents) {
      if (forms.documentTypes[document.type]) continue
      problems.push(`forms.${id}.documents: no document type ${document.type}`)
    }
  }
  return problems
}
