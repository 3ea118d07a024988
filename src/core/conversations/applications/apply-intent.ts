import { screeningFlow } from '../../../flows/screening-flow.ts'
import { loadFlow } from '../flow-store.ts'
import { resultsReply } from '../results.ts'
import { latestResult } from '../screening.ts'
import type { Turn } from '../turn.ts'
import { latestDraft } from './draft.ts'
import { applyFor } from './start.ts'
import { programmeName } from './words.ts'

/**
 * "I want to apply" (typed, or /apply): a named programme is applied for;
 * otherwise an unfinished draft is picked up, or the last result shows what
 * can be applied for, or screening is offered first.
 */
export async function applyIntent(turn: Turn, programmeId?: string): Promise<void> {
  const target = programmeId ?? (await latestDraft(turn))?.programmeId
  if (target) {
    if (await screeningUnderway(turn, target)) return
    return applyFor(turn, target)
  }

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

/**
 * A form would take the place of a screening still being answered, and its
 * answers would go: the worker chooses instead, to finish it (the result
 * offers the programmes to apply for) or to apply now and leave it.
 */
async function screeningUnderway(turn: Turn, programmeId: string): Promise<boolean> {
  const flow = await loadFlow(turn)
  if (flow?.flowId !== screeningFlow.id || Object.keys(flow.answers).length === 0) return false
  const name = programmeName(turn, programmeId)
  turn.replies.push({
    lines: [{ key: 'apply-screening-underway', args: { name, n: flow.trail.length + 1 } }],
    buttons: [
      [{ label: { key: 'apply-screening-finish' }, data: 'm:screen' }],
      [{ label: { key: 'apply-screening-leave', args: { name } }, data: `a:p:${programmeId}` }],
    ],
  })
  return true
}
