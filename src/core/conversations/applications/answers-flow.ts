import { screeningFlow } from '../../../flows/screening-flow.ts'
import type { Flow, Step } from '../../../flows/types.ts'
import type { FormQuestion, Forms } from '../../applications/form-schema.ts'

export const ANSWERS_FLOW_PREFIX = 'apply:'

const built = new WeakMap<Forms, Map<string, Flow>>()

/**
 * The questions of one programme's application as a flow: the screening
 * steps for the facts the form reuses (so the engine skips those screening
 * already answered when started with the worker's facts), then the form's
 * own questions. Built once per forms file.
 */
export function answersFlow(forms: Forms, programmeId: string): Flow | undefined {
  const form = forms.forms[programmeId]
  if (!form) return undefined
  const cache = built.get(forms) ?? new Map<string, Flow>()
  built.set(forms, cache)
  const known = cache.get(programmeId)
  if (known) return known

  const reused = screeningFlow.steps.filter((step) =>
    (form.answers as string[]).includes(step.fact),
  )
  const flow: Flow = {
    id: `${ANSWERS_FLOW_PREFIX}${programmeId}`,
    version: screeningFlow.version,
    steps: [...reused, ...form.questions.map(questionStep)],
  }
  cache.set(programmeId, flow)
  return flow
}

function questionStep(question: FormQuestion): Step {
  return {
    id: question.id,
    fact: question.id,
    kind: 'choice',
    prompt: { key: question.prompt },
    why: { key: question.why },
    options: question.options.map((value) => ({
      value,
      label: { key: `${question.prompt}-${value}` },
    })),
  }
}

/** The form question whose refusing answer the worker gave, if any. */
export function refusedBy(
  questions: FormQuestion[],
  answers: Record<string, unknown>,
): FormQuestion | undefined {
  return questions.find(
    (question) => question.refuseWhen !== undefined && answers[question.id] === question.refuseWhen,
  )
}
