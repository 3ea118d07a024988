import type { Tx } from '../db/types.ts'
import { logAccess } from '../privacy/access-log.ts'
import type { Cipher } from '../privacy/cipher.ts'
import { redact } from '../understanding/redact.ts'
import type { MessageBody } from './message-body.ts'
import { recordCaseEvent } from './record-event.ts'

export type RevealResult =
  | { ok: true; lines: string[] }
  | { ok: false; code: 'not_found' | 'erased' | 'not_owner' }

/**
 * The case owner asks, with a reason, to see what masking hid: the worker's
 * messages that held identity or phone numbers, as written. Logged to the
 * access log with the reason, and to the case audit log.
 */
export async function revealCase(
  tx: Tx,
  cipher: Cipher,
  input: { caseId: string; userId: string; reason: string; now: Date },
): Promise<RevealResult> {
  const found = await tx.case.findUnique({ where: { id: input.caseId } })
  if (!found) return { ok: false, code: 'not_found' }
  if (!found.workerId) return { ok: false, code: 'erased' }
  if (found.ownerId !== input.userId) return { ok: false, code: 'not_owner' }

  const messages = await tx.caseMessage.findMany({
    where: { caseId: found.id, direction: 'to_slack' },
    orderBy: { id: 'asc' },
  })
  const lines = messages
    .map((message) => cipher.openJson<MessageBody>(message.body).text ?? '')
    .filter((text) => text && redact(text).text !== text)
  const actor = `slack:${input.userId}`
  await logAccess(tx, {
    actor,
    workerId: found.workerId,
    action: 'case.reveal',
    detail: `${found.reference}: ${input.reason}`,
  })
  await recordCaseEvent(tx, { caseId: found.id, actor, action: 'case.revealed', at: input.now })
  return { ok: true, lines }
}
