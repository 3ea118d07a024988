import type { Tx } from '../db/types.ts'

/** The notice shown at /start; bump when its text changes meaning. */
export const NOTICE_VERSION = '2026-12-01'

/** `notice`: the privacy notice. `sensitive`: income, health and children's details. */
export type Purpose = 'notice' | 'sensitive'

/** Whether consent is in force; `known` is the set a turn already loaded. */
export async function hasConsent(
  tx: Tx,
  workerId: string,
  purpose: Purpose,
  known?: Set<string>,
): Promise<boolean> {
  if (known) return known.has(purpose)
  const consent = await tx.consent.findFirst({
    where: { workerId, purpose, withdrawnAt: null },
    select: { id: true },
  })
  return consent !== null
}

export async function grantConsent(
  tx: Tx,
  workerId: string,
  purpose: Purpose,
  known?: Set<string>,
): Promise<void> {
  if (await hasConsent(tx, workerId, purpose, known)) return
  await tx.consent.create({ data: { workerId, purpose, noticeVersion: NOTICE_VERSION } })
  known?.add(purpose)
}

/**
 * Withdrawing consent for sensitive details stops their use: the answers,
 * results, typed messages and any flow in progress that hold them are deleted.
 */
export async function withdrawSensitive(
  tx: Tx,
  workerId: string,
  now: Date,
  known?: Set<string>,
): Promise<void> {
  known?.delete('sensitive')
  await tx.consent.updateMany({
    where: { workerId, purpose: 'sensitive', withdrawnAt: null },
    data: { withdrawnAt: now },
  })
  await tx.profile.deleteMany({ where: { workerId } })
  await tx.screening.deleteMany({ where: { workerId } })
  await tx.conversation.deleteMany({ where: { workerId } })
  await tx.typedMessage.deleteMany({ where: { workerId } })
}
