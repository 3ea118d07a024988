import type { Tx } from '../db/types.ts'

/** Records a worker's answer to an invitation: Join or Not this time. */
export async function recordResponse(
  tx: Tx,
  input: { eventId: string; workerId: string; status: 'joined' | 'declined'; now: Date },
): Promise<void> {
  const key = { eventId: input.eventId, workerId: input.workerId }
  await tx.eventInvitation.upsert({
    where: { eventId_workerId: key },
    create: { ...key, status: input.status, respondedAt: input.now },
    update: { status: input.status, respondedAt: input.now },
  })
}

/** Where a sign-up stands on the waiting list, counting from 1. */
export function waitingPosition(
  tx: Tx,
  signup: { eventId: string; position: bigint },
): Promise<number> {
  return tx.eventSignup.count({
    where: { eventId: signup.eventId, status: 'waiting', position: { lte: signup.position } },
  })
}
