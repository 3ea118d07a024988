import { resultsReply } from '../results.ts'
import { latestResult } from '../screening.ts'
import type { Turn } from '../turn.ts'
import { latestDraft } from './draft.ts'
import { applyFor } from './start.ts'

/**
 * "I want to apply" (typed, or /apply): a named programme is applied for;
 * otherwise an unfinished draft is picked up, or the last result shows what
 * can be applied for, or screening is offered first.
 */
export async function applyIntent(turn: Turn, programmeId?: string): Promise<void> {
  if (programmeId) return applyFor(turn, programmeId)
  const draft = await latestDraft(turn)
  if (draft) return applyFor(turn, draft.programmeId)

  const result = await latestResult(turn)
  if (result) {
    const page = resultsReply(result, turn.deps.policy, turn.locale)
    return void turn.replies.push({
      ...page,
      lines: [{ key: 'understood-apply-results' }, '', ...page.lines],
    })
  }
  turn.replies.push({
    lines: [{ key: 'understood-apply-screen-first' }],
    buttons: [
      [{ label: { key: 'menu-screen' }, data: 'm:screen' }],
      [{ label: { key: 'menu-human' }, data: 'h:' }],
    ],
  })
}
