import { decide } from '../applications/decide.ts'
import type { Forms } from '../applications/form-schema.ts'
import type { Tx } from '../db/types.ts'
import type { Messenger } from '../notifications/messenger.ts'
import type { Cipher } from '../privacy/cipher.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import { caseApplications } from './case-application.ts'
import { notifyWorker } from './notify-worker.ts'
import { recordCaseEvent } from './record-event.ts'

export type CaseDeps = { cipher: Cipher; forms: Forms; policy: Policy; messenger: Messenger }

export type DecideResult =
  | { ok: true; reference: string; status: string }
  | {
      ok: false
      code: 'not_found' | 'erased' | 'no_application' | 'illegal_transition' | 'not_owner'
    }

/**
 * A caseworker approves or rejects one of the case's applications with a
 * reason: the application moves through its state machine (each move in
 * application_events), the case audit log gets the decision, and the worker
 * is told in their language, with the reason.
 */
export async function decideFromCase(
  tx: Tx,
  deps: CaseDeps,
  input: {
    caseId: string
    applicationId: string
    decision: 'approve' | 'reject'
    userId: string
    reason: string
    now: Date
  },
): Promise<DecideResult> {
  const found = await tx.case.findUnique({ where: { id: input.caseId } })
  if (!found) return { ok: false, code: 'not_found' }
  if (found.status === 'erased' || !found.workerId) return { ok: false, code: 'erased' }
  if (found.ownerId && found.ownerId !== input.userId) return { ok: false, code: 'not_owner' }
  const candidates = await caseApplications(tx, input.caseId)
  const application = candidates.find((row) => row.id === input.applicationId)
  if (!application) return { ok: false, code: 'no_application' }

  const actor = `slack:${input.userId}`
  const moved = await decide(
    { tx, cipher: deps.cipher, forms: deps.forms, now: () => input.now },
    { applicationId: application.id, decision: input.decision, actor, reason: input.reason },
  )
  if (!moved.ok) return { ok: false, code: moved.code }

  const action = input.decision === 'approve' ? 'application.approved' : 'application.rejected'
  await recordCaseEvent(tx, {
    caseId: found.id,
    actor,
    action,
    detail: application.reference,
    at: input.now,
  })
  await tx.case.update({ where: { id: found.id }, data: { cardVersion: { increment: 1 } } })

  const programme = deps.policy.programmes.find((p) => p.id === application.programmeId)
  const worker = await tx.worker.findUnique({ where: { id: found.workerId } })
  const locale = worker?.locale === 'en' ? 'en' : 'zh-CN'
  const name = programme?.name[locale] ?? application.programmeId
  await notifyWorker(tx, deps.messenger, found.id, {
    lines: [
      {
        key: input.decision === 'approve' ? 'case-decision-approved' : 'case-decision-rejected',
        args: { programme: name, reference: application.reference, reason: input.reason },
      },
    ],
  })
  return { ok: true, reference: application.reference, status: moved.application.status }
}
