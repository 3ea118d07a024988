import type { Answers } from '../../../flows/types.ts'
import type { Application } from '../../../generated/prisma/client.ts'
import type { Form } from '../../applications/form-schema.ts'
import type { Turn } from '../turn.ts'

/** What a draft holds besides its status, sealed in `applications.answers`. */
export type DraftData = {
  /** Screening facts the form reuses, as confirmed for this application. */
  facts: Answers
  /** The form's own questions, by question id. */
  questions: Record<string, string>
  /** Document types the worker said are complete, or skipped (optional ones). */
  finished: string[]
  skipped: string[]
}

export type Draft = { application: Application; data: DraftData; form: Form }

const EMPTY: DraftData = { facts: {}, questions: {}, finished: [], skipped: [] }

export function readDraft(turn: Turn, application: Application): Draft | undefined {
  const form = turn.deps.forms.forms[application.programmeId]
  if (!form) return undefined
  const stored = turn.deps.cipher.openJson<Partial<DraftData>>(application.answers)
  return { application, form, data: { ...EMPTY, ...stored } }
}

/** The draft the worker touched last: the one a file or a typed answer belongs to. */
export async function currentDraft(turn: Turn): Promise<Draft | undefined> {
  const application = await turn.tx.application.findFirst({
    where: { workerId: turn.worker.id, status: 'draft' },
    orderBy: { lastActivityAt: 'desc' },
  })
  return application ? readDraft(turn, application) : undefined
}

/** A draft of this worker's by reference, for buttons that name one. */
export async function draftByReference(turn: Turn, reference: string): Promise<Draft | undefined> {
  const application = await turn.tx.application.findFirst({
    where: { workerId: turn.worker.id, reference, status: 'draft' },
  })
  return application ? readDraft(turn, application) : undefined
}

/** Stores the draft's data and marks the worker's activity, from which idle reminders count. */
export async function saveDraft(turn: Turn, draft: Draft): Promise<void> {
  draft.application = await turn.tx.application.update({
    where: { id: draft.application.id },
    data: {
      answers: turn.deps.cipher.sealJson(draft.data),
      lastActivityAt: turn.deps.now(),
    },
  })
}
