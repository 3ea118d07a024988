import type { EventSignup } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'
import { lockEvent } from './lock-event.ts'

export type SignUpInput = {
  eventId: string
  workerId: string
  /** `self`, or `child-<n>` for a child. */
  participant: string
  /** The child's school stage, checked against the event's stages. */
  stage?: string
  now: Date
}

export type SignUpResult =
  | { ok: true; signup: EventSignup; status: 'confirmed' | 'waiting' }
  | { ok: false; code: 'not_found' | 'closed' | 'wrong_stage' | 'already'; signup?: EventSignup }

const ACTIVE = ['confirmed', 'waiting', 'offered']

/**
 * Asks for a place. With the event row locked, a free place is confirmed and
 * counted; otherwise the sign-up joins the waiting list. Arrival order is the
 * order the lock was granted, kept in `position`. A sign-up that was
 * cancelled or passed on may ask again and goes to the back.
 */
export async function signUp(tx: Tx, input: SignUpInput): Promise<SignUpResult> {
  const event = await lockEvent(tx, input.eventId)
  if (!event) return { ok: false, code: 'not_found' }
  if (event.cancelledAt || event.startsAt <= input.now) return { ok: false, code: 'closed' }
  const stageRequired = event.stages.length > 0 && input.participant !== 'self'
  if (stageRequired && !(input.stage && event.stages.includes(input.stage)))
    return { ok: false, code: 'wrong_stage' }

  const key = { eventId: input.eventId, workerId: input.workerId, participant: input.participant }
  const existing = await tx.eventSignup.findUnique({ where: { eventId_workerId_participant: key } })
  if (existing && ACTIVE.includes(existing.status))
    return { ok: false, code: 'already', signup: existing }
  if (existing) await tx.eventSignup.delete({ where: { id: existing.id } })

  const free = event.capacity === null || event.taken < event.capacity
  if (free) await tx.event.update({ where: { id: event.id }, data: { taken: { increment: 1 } } })
  const status = free ? 'confirmed' : 'waiting'
  const signup = await tx.eventSignup.create({
    data: { ...key, stage: input.stage ?? null, status },
  })
  return { ok: true, signup, status }
}
