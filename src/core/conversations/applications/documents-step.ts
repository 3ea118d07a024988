import type { Button, Reply } from '../../../flows/types.ts'
import type { FormDocument } from '../../applications/form-schema.ts'
import type { Turn } from '../turn.ts'
import type { Draft } from './draft.ts'
import { documentName } from './labels.ts'

/** The next document the form wants that the worker has neither finished nor skipped. */
export function pendingDocument(draft: Draft): FormDocument | undefined {
  const { finished, skipped } = draft.data
  return draft.form.documents.find(
    (document) => !finished.includes(document.type) && !skipped.includes(document.type),
  )
}

/** Files already stored per document type (null: not yet said which document it is). */
export async function filesByType(turn: Turn, draft: Draft): Promise<Map<string | null, number>> {
  const rows = await turn.tx.applicationDocument.groupBy({
    by: ['docType'],
    where: { applicationId: draft.application.id },
    _count: { _all: true },
  })
  return new Map(rows.map((row) => [row.docType, row._count._all]))
}

/** Asks for one document; once a file of it is in, offers "that's all". */
export function documentPrompt(
  turn: Turn,
  draft: Draft,
  document: FormDocument,
  stored: number,
): Reply {
  const ref = draft.application.reference
  const name = documentName(turn, document.type)
  const lines: Reply['lines'] = [
    { key: document.required ? 'apply-doc-ask' : 'apply-doc-ask-optional', args: { name } },
  ]
  if (document.multiple) lines.push({ key: 'apply-doc-many' })
  if (stored > 0) lines.push({ key: 'apply-doc-have', args: { name, count: stored } })
  const buttons: Button[][] = []
  if (stored > 0) buttons.push([{ label: { key: 'apply-doc-done' }, data: `ap:done:${ref}` }])
  if (!document.required)
    buttons.push([{ label: { key: 'apply-doc-skip' }, data: `ap:skip:${ref}` }])
  buttons.push([{ label: { key: 'apply-later' }, data: 'm:menu' }])
  return { lines, buttons }
}

/** Files sent before the document question: which document are they? */
export function sortPrompt(turn: Turn, draft: Draft, count: number): Reply {
  const ref = draft.application.reference
  return {
    lines: [{ key: 'apply-sort-ask', args: { count } }],
    buttons: [
      ...draft.form.documents.map((document, index) => [
        { label: documentName(turn, document.type), data: `ap:sort:${ref}:${index}` },
      ]),
      [{ label: { key: 'apply-sort-none' }, data: `ap:sort:${ref}:x` }],
    ],
  }
}
