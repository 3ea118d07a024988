import type { Reply } from '../../flows/types.ts'
import type { Forms } from '../applications/form-schema.ts'
import type { Policy } from '../programmes/policy-schema.ts'

/** The button on every reminder that turns reminders off. */
export const STOP_BUTTON = 'rem:stop'

export type Subject = {
  kind: string
  locale: 'zh-CN' | 'en'
  programmeId: string
  reference: string
  /** Document types the message names: the requested one, or those a pause waits for. */
  documents: string[]
  status?: string
}

/** The message for a reminder or notice, in the worker's language. */
export function composeReminder(subject: Subject, policy: Policy, forms: Forms): Reply {
  const programme = policy.programmes.find((one) => one.id === subject.programmeId)
  const args = {
    programme: programme?.name[subject.locale] ?? subject.programmeId,
    reference: subject.reference,
    documents: subject.documents
      .map((type) => forms.documentTypes[type]?.[subject.locale] ?? type)
      .join(subject.locale === 'en' ? '; ' : '、'),
    count: subject.documents.length,
  }
  const stop = [[{ label: { key: 'reminder-stop' }, data: STOP_BUTTON }]]

  if (subject.kind === 'draft_idle')
    return { lines: [{ key: 'reminder-draft', args }], buttons: stop }
  if (subject.kind === 'document_request')
    return { lines: [{ key: 'reminder-document', args }], buttons: stop }
  return { lines: [{ key: 'notice-status', args: { ...args, status: subject.status ?? '' } }] }
}
