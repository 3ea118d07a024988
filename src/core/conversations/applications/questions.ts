import type { Reply } from '../../../flows/types.ts'
import type { FormQuestion } from '../../applications/form-schema.ts'
import type { Draft } from './draft.ts'

/** One of the form's own questions, answered by button. */
export function questionPrompt(draft: Draft, question: FormQuestion, lead: Reply['lines']): Reply {
  const ref = draft.application.reference
  return {
    lines: [...lead, { key: question.prompt }],
    buttons: [
      ...question.options.map((option) => [
        {
          label: { key: `${question.prompt}-${option}` },
          data: `ap:q:${ref}:${question.id}:${option}`,
        },
      ]),
      [{ label: { key: 'flow-why' }, data: `ap:why:${ref}:${question.id}` }],
    ],
  }
}
