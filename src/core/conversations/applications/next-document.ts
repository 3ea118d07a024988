import type { ApplicationDocument } from '../../../generated/prisma/client.ts'
import type { FormDocument } from '../../applications/form-schema.ts'

/** Where the worker is with an application's documents, kept between messages. */
export type DocumentsProgress = {
  applicationId: string
  /** Optional documents the worker chose not to send. */
  skipped: string[]
  /** The document being asked for; a `multiple` one stays open until "next". */
  current: string | null
}

export type DocumentStep =
  /** Files sent before the documents question: which document is the first of them? */
  | { kind: 'classify'; first: ApplicationDocument; count: number }
  | { kind: 'upload'; document: FormDocument; index: number; total: number; count: number }
  | { kind: 'summary' }

/**
 * What to ask next: unsorted files first (nothing is lost), then each of the
 * form's documents in order, one at a time, until every one is sent or
 * (if optional) skipped; then the summary.
 */
export function nextDocument(
  documents: FormDocument[],
  files: ApplicationDocument[],
  progress: DocumentsProgress,
): DocumentStep {
  const unsorted = files.filter((file) => file.docType === null)
  const first = unsorted[0]
  if (first) return { kind: 'classify', first, count: uploadOf(unsorted, first).length }

  for (const [index, document] of documents.entries()) {
    if (progress.skipped.includes(document.type)) continue
    const count = files.filter((file) => file.docType === document.type).length
    const open = document.multiple && progress.current === document.type
    if (count > 0 && !open) continue
    return { kind: 'upload', document, index: index + 1, total: documents.length, count }
  }
  return { kind: 'summary' }
}

/** The files sent together with `file`: its album, or itself alone. */
export function uploadOf(
  files: ApplicationDocument[],
  file: ApplicationDocument,
): ApplicationDocument[] {
  if (!file.groupId) return [file]
  return files.filter((other) => other.groupId === file.groupId)
}
