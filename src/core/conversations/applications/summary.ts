import { describeAnswer } from '../../../flows/describe-answer.ts'
import type { Button, Reply, Step } from '../../../flows/types.ts'
import type { Application, ApplicationDocument } from '../../../generated/prisma/client.ts'
import type { Turn } from '../turn.ts'
import { answersFlow } from './answers-flow.ts'
import { button } from './buttons.ts'
import { openAnswers } from './draft.ts'
import { documentLabel, programmeName } from './words.ts'

/**
 * Everything the worker is about to send: each answer with ✏️ to change it,
 * each document with how many files and 📎 to send it again, then Submit.
 */
export async function summaryReply(
  turn: Turn,
  application: Application,
  files: ApplicationDocument[],
  lead: Reply['lines'] = [],
): Promise<Reply> {
  const { forms } = turn.deps
  const answers = openAnswers(turn, application)
  const steps = answeredSteps(turn, application)
  const documents = forms.forms[application.programmeId]?.documents ?? []
  const name = programmeName(turn, application.programmeId)

  const lines: Reply['lines'] = [
    ...lead,
    { key: 'app-summary-title', args: { name, reference: application.reference } },
  ]
  if (steps.length) lines.push('', { key: 'app-summary-answers' })
  steps.forEach((step, index) => {
    const answer = describeAnswer(step, answers[step.fact], turn.t)
    const question = turn.t(`label-${step.id}`)
    lines.push({ key: 'app-summary-answer', args: { n: index + 1, question, answer } })
  })
  if (documents.length) lines.push('', { key: 'app-summary-documents' })
  documents.forEach((document, index) => {
    const count = files.filter((file) => file.docType === document.type).length
    const label = documentLabel(turn, document.type)
    lines.push({ key: 'app-summary-document', args: { n: index + 1, name: label, count } })
  })
  lines.push('', { key: 'app-summary-check' })

  const edits = editButtons(steps)
  const redos = documents.map((_, index) => button(`📎 ${index + 1}`, 'redo', String(index)))
  return {
    lines,
    buttons: [
      ...chunk(edits, 4),
      ...chunk(redos, 4),
      [button({ key: 'app-submit' }, 'submit', application.id)],
      [button({ key: 'app-later' }, 'later')],
    ],
  }
}

/** ✏️ 1, ✏️ 2…: one per answer shown, numbered as the summary numbers them. */
export function editButtons(steps: Step[]): Button[] {
  return steps.map((step, index) => button(`✏️ ${index + 1}`, 'edit', step.id))
}

/** The answered steps of the draft's form, in the summary's order. */
export function answeredSteps(turn: Turn, application: Application): Step[] {
  const answers = openAnswers(turn, application)
  const flow = answersFlow(turn.deps.forms, application.programmeId)
  return (flow?.steps ?? []).filter((step) => step.fact in answers)
}

export function chunk(items: Button[], size: number): Button[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  )
}
