import type { Reply } from '../../flows/types.ts'
import type { Tx } from '../db/types.ts'
import type { Messenger } from '../notifications/messenger.ts'
import { notifyWorker } from './notify-worker.ts'
import { recordCaseEvent } from './record-event.ts'
import { OPEN_STATUSES } from './status.ts'

export type CloseResult = { ok: true } | { ok: false; code: 'closed' | 'erased' | 'not_found' }

/**
 * Closes an open case, by its caseworker or by the worker leaving, and asks
 * the worker to rate the help from 1 to 5. When the worker closes it the
 * question is their turn's reply (only asked once a caseworker had taken the
 * case up); otherwise it is queued for them.
 */
export async function closeCase(
  tx: Tx,
  deps: { messenger: Messenger },
  close: { caseId: string; actor: string; now: Date },
): Promise<CloseResult & { ask?: Reply }> {
  const { caseId, actor, now } = close
  const before = await tx.case.findUnique({ where: { id: caseId }, select: { status: true } })
  const changed = await tx.case.updateMany({
    where: { id: caseId, status: { in: [...OPEN_STATUSES] } },
    data: { status: 'closed', closedAt: now, closedBy: actor, cardVersion: { increment: 1 } },
  })
  if (changed.count === 0) {
    const found = await tx.case.findUnique({ where: { id: caseId } })
    if (!found) return { ok: false, code: 'not_found' }
    return { ok: false, code: found.status === 'erased' ? 'erased' : 'closed' }
  }
  await recordCaseEvent(tx, { caseId, actor, action: 'case.closed', at: now })

  if (actor === 'worker') {
    // No caseworker ever took the case up: there is no help to rate.
    if (before?.status === 'unclaimed')
      return { ok: true, ask: { lines: [{ key: 'case-stopped-waiting' }] } }
    return { ok: true, ask: ratingQuestion(caseId, 'case-left') }
  }
  const ask = ratingQuestion(caseId, 'case-closed')
  await notifyWorker(tx, deps.messenger, caseId, ask)
  return { ok: true }
}

function ratingQuestion(caseId: string, lead: string): Reply {
  const stars = [1, 2, 3, 4, 5].map((n) => ({
    label: { key: 'case-rate-option', args: { stars: n } },
    data: `cr:${caseId}:${n}`,
  }))
  return { lines: [{ key: lead }, { key: 'case-rate-ask' }], buttons: [stars] }
}
