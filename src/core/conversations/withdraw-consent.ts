import { withdrawSensitive } from '../privacy/consent.ts'
import { forgetDraftAnswers } from './applications/forget-answers.ts'
import { menuReply } from './menu.ts'
import type { Turn } from './turn.ts'

/**
 * "Withdraw consent for sensitive details": answers, results, drafts' answers
 * and any flow go; the worker is told truthfully what sent applications keep.
 */
export async function withdrawSensitiveConsent(turn: Turn): Promise<void> {
  await withdrawSensitive(turn.tx, turn.worker.id, turn.deps.now(), turn.cache?.consents)
  const inReview = await forgetDraftAnswers(turn)
  const lead: Parameters<typeof menuReply>[0] = [{ key: 'sensitive-withdrawn' }]
  if (inReview > 0) lead.push({ key: 'sensitive-withdrawn-submitted', args: { count: inReview } })
  turn.replies.push(menuReply(lead, false))
}
