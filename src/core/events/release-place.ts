import type { EventSignup } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'
import type { EventDeps } from './deps.ts'
import { lockEvent } from './lock-event.ts'
import { offerNext } from './offer-next.ts'

export type ReleaseResult =
  | { ok: true; signup: EventSignup; offered: string[] }
  | { ok: false; code: 'not_found' | 'not_holding' | 'offer_open' }

/**
 * Ends a sign-up (`to`: cancelled, declined or expired). A place it held is
 * freed and offered to the first on the waiting list, all under the event's
 * lock. `holding` names the statuses this change may start from.
 */
export async function releasePlace(
  tx: Tx,
  deps: EventDeps,
  input: {
    signupId: string
    to: 'cancelled' | 'declined' | 'expired'
    holding: string[]
    now: Date
    workerId?: string
  },
): Promise<ReleaseResult> {
  const found = await tx.eventSignup.findUnique({ where: { id: input.signupId } })
  if (!found || (input.workerId && found.workerId !== input.workerId))
    return { ok: false, code: 'not_found' }
  const event = await lockEvent(tx, found.eventId)
  if (!event) return { ok: false, code: 'not_found' }

  // Re-read under the lock: another process may have changed it meanwhile.
  const signup = await tx.eventSignup.findUniqueOrThrow({ where: { id: input.signupId } })
  if (!input.holding.includes(signup.status)) return { ok: false, code: 'not_holding' }
  if (input.to === 'expired' && signup.offeredUntil && signup.offeredUntil > input.now)
    return { ok: false, code: 'offer_open' }

  const held = signup.status === 'confirmed' || signup.status === 'offered'
  const updated = await tx.eventSignup.update({
    where: { id: signup.id },
    data: { status: input.to, offeredUntil: null },
  })
  if (held) event.taken -= 1
  if (held) await tx.event.update({ where: { id: event.id }, data: { taken: event.taken } })

  const offered = await offerNext(tx, event, deps, input.now)
  return { ok: true, signup: updated, offered }
}

/** The worker gives up a place or leaves the waiting list. */
export const cancelSignup = (
  tx: Tx,
  deps: EventDeps,
  input: { signupId: string; workerId?: string; now: Date },
) =>
  releasePlace(tx, deps, {
    ...input,
    to: 'cancelled',
    holding: ['confirmed', 'waiting', 'offered'],
  })

/** The worker turns down a place offered from the waiting list. */
export const declineOffer = (
  tx: Tx,
  deps: EventDeps,
  input: { signupId: string; workerId: string; now: Date },
) => releasePlace(tx, deps, { ...input, to: 'declined', holding: ['offered'] })

/** An offer nobody answered in time passes to the next on the list. */
export const expireOffer = (tx: Tx, deps: EventDeps, input: { signupId: string; now: Date }) =>
  releasePlace(tx, deps, { ...input, to: 'expired', holding: ['offered'] })
