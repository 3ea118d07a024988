import { hasConsent } from '../../privacy/consent.ts'
import type { Turn } from '../turn.ts'
import { button } from './buttons.ts'

/**
 * A form that asks anything (income, health, children, its own questions)
 * needs the sensitive consent first, the same one screening asks. Returns
 * true when it asked; agreeing carries on with this application.
 */
export async function askedConsent(turn: Turn, programmeId: string): Promise<boolean> {
  const form = turn.deps.forms.forms[programmeId]
  if (!form || (form.answers.length === 0 && form.questions.length === 0)) return false
  if (await hasConsent(turn.tx, turn.worker.id, 'sensitive', turn.cache?.consents)) return false
  turn.replies.push({
    lines: [{ key: 'sensitive-ask' }],
    buttons: [
      [button({ key: 'sensitive-agree' }, 'consent', programmeId)],
      [{ label: { key: 'sensitive-decline' }, data: 's:no' }],
    ],
  })
  return true
}
