import type { Tx } from '../db/types.ts'
import { lockEvent } from './lock-event.ts'

export type AcceptResult =
  | { ok: true }
  | { ok: false; code: 'not_found' | 'expired' | 'not_offered' }

/** Takes up an offered place while the offer is open; the place was already held for it. */
export async function acceptOffer(
  tx: Tx,
  input: { signupId: string; workerId: string; now: Date },
): Promise<AcceptResult> {
  const found = await tx.eventSignup.findUnique({ where: { id: input.signupId } })
  if (!found || found.workerId !== input.workerId) return { ok: false, code: 'not_found' }
  await lockEvent(tx, found.eventId)

  const signup = await tx.eventSignup.findUniqueOrThrow({ where: { id: input.signupId } })
  if (signup.status === 'expired') return { ok: false, code: 'expired' }
  if (signup.status !== 'offered') return { ok: false, code: 'not_offered' }
  if (signup.offeredUntil && signup.offeredUntil < input.now) return { ok: false, code: 'expired' }

  await tx.eventSignup.update({
    where: { id: signup.id },
    data: { status: 'confirmed', offeredUntil: null },
  })
  return { ok: true }
}
