import type { Application } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'
import type { Cipher } from '../privacy/cipher.ts'
import type { Forms } from './form-schema.ts'
import { legalMoves } from './legal-moves.ts'
import type { ApplicationStatus } from './statuses.ts'

/** What an application change needs besides its transaction. */
export type ApplicationDeps = { tx: Tx; cipher: Cipher; forms: Forms; now: () => Date }

export type Move = {
  applicationId: string
  to: ApplicationStatus
  /** `worker`, `system`, or the staff member, e.g. `slack:U123`. */
  actor: string
  reason?: string
}

export type MoveResult =
  | { ok: true; application: Application; from: string }
  | { ok: false; code: 'not_found' }
  | { ok: false; code: 'illegal_transition'; from: string; allowed: ApplicationStatus[] }

const FINAL: readonly string[] = ['approved', 'rejected', 'withdrawn']

/**
 * Moves an application one step through its programme's state machine and
 * records the change. The row is locked first, so two staff acting at once
 * see each other's move and the second is judged against the new status.
 */
export async function moveApplication(deps: ApplicationDeps, move: Move): Promise<MoveResult> {
  const { tx, cipher, forms, now } = deps
  const current = await lockApplication(tx, move.applicationId)
  if (!current) return { ok: false, code: 'not_found' }

  const chain = forms.forms[current.programmeId]?.review ?? []
  const allowed = legalMoves(current.status, chain, current.resumeTo)
  if (!allowed.includes(move.to))
    return { ok: false, code: 'illegal_transition', from: current.status, allowed }

  const at = now()
  const application = await tx.application.update({
    where: { id: current.id },
    data: {
      status: move.to,
      resumeTo: move.to === 'needs_info' ? current.status : null,
      ...(move.to === 'submitted' ? { submittedAt: at } : {}),
      ...(FINAL.includes(move.to) ? { decidedAt: at } : {}),
    },
  })
  await tx.applicationEvent.create({
    data: {
      applicationId: current.id,
      fromStatus: current.status,
      toStatus: move.to,
      actor: move.actor,
      reason: move.reason ? cipher.seal(move.reason) : null,
      at,
    },
  })
  return { ok: true, application, from: current.status }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

async function lockApplication(tx: Tx, id: string): Promise<Application | null> {
  // An id from a stale button or a Slack payload may be anything; PostgreSQL would throw on it.
  if (!UUID.test(id)) return null
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM applications WHERE id = ${id}::uuid FOR UPDATE`
  if (rows.length === 0) return null
  return tx.application.findUnique({ where: { id } })
}
