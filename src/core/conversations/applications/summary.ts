import { describeAnswer } from '../../../flows/describe-answer.ts'
import type { Button, Reply } from '../../../flows/types.ts'
import { applicableSteps } from '../../../flows/walk.ts'
import type { Turn } from '../turn.ts'
import { ASK, applicationFlow } from './application-flow.ts'
import type { Draft } from './draft.ts'
import { documentName, programmeName } from './labels.ts'

/**
 * Everything the worker is about to submit, each line with a button to
 * change it, then Submit. Nothing is sent to the union before this.
 */
export function summaryReply(turn: Turn, draft: Draft, files: Map<string | null, number>): Reply {
  const ref = draft.application.reference
  const name = programmeName(turn, draft.application.programmeId)
  const lines: Reply['lines'] = [{ key: 'apply-summary-title', args: { name, ref } }]
  const edits: Button[] = []

  const answers = { ...draft.data.facts, [ASK]: draft.form.answers }
  for (const step of applicableSteps(applicationFlow, answers)) {
    if (!(step.fact in draft.data.facts)) continue
    edits.push({ label: `✏️ ${edits.length + 1}`, data: `ap:edit:${ref}:${step.id}` })
    const answer = describeAnswer(step, draft.data.facts[step.fact], turn.t)
    lines.push({
      key: 'edit-answer-line',
      args: { n: edits.length, question: turn.t(`label-${step.id}`), answer },
    })
  }

  lines.push('', { key: 'apply-summary-documents' })
  const redo: Button[] = []
  draft.form.documents.forEach((document, index) => {
    const count = files.get(document.type) ?? 0
    const label = documentName(turn, document.type)
    const key = count > 0 ? 'apply-summary-doc' : 'apply-summary-doc-none'
    lines.push({ key, args: { name: label, count } })
    redo.push({ label: `📎 ${label}`, data: `ap:redo:${ref}:${index}` })
  })
  if (draft.form.documents.length === 0) lines.push({ key: 'apply-summary-no-documents' })
  lines.push('', { key: 'apply-summary-check' })

  return {
    lines,
    buttons: [
      ...rows(edits, 4),
      ...rows(redo, 1),
      [{ label: { key: 'apply-submit' }, data: `ap:submit:${ref}` }],
      [{ label: { key: 'apply-later' }, data: 'm:menu' }],
    ],
  }
}

function rows<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  )
}
