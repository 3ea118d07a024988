import type { Turn } from './turn.ts'

/**
 * Records that the worker wants a person. Casework picks open requests up;
 * a second request while one is open is not duplicated.
 */
export async function requestPerson(
  turn: Turn,
  programmeId: string | undefined,
  reason: string,
): Promise<void> {
  const open = await turn.tx.handoffRequest.findFirst({
    where: { workerId: turn.worker.id, status: 'open' },
  })
  if (open) {
    turn.replies.push({ lines: [{ key: 'handoff-already' }] })
    return
  }
  await turn.tx.handoffRequest.create({
    data: { workerId: turn.worker.id, programmeId: programmeId ?? null, reason },
  })
  turn.replies.push({ lines: [{ key: 'handoff-recorded' }] })
}
