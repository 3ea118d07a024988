import type { Tx } from '../db/types.ts'
import { logAccess } from '../privacy/access-log.ts'

export type Attendee = {
  alias: string
  participant: string
  stage: string | null
  status: string
  position: number
}

/**
 * An event's sign-ups in arrival order, confirmed and offered first, then the
 * waiting list, for a caseworker to export. Workers appear by alias only; each
 * worker listed is recorded in the access log under `actor`.
 */
export async function listAttendees(
  tx: Tx,
  input: { eventId: string; actor: string },
): Promise<Attendee[]> {
  const signups = await tx.eventSignup.findMany({
    where: { eventId: input.eventId, status: { in: ['confirmed', 'offered', 'waiting'] } },
    orderBy: { position: 'asc' },
  })
  const workers = await tx.worker.findMany({
    where: { id: { in: [...new Set(signups.map((s) => s.workerId))] } },
    select: { id: true, alias: true },
  })
  const alias = new Map(workers.map((w) => [w.id, w.alias]))
  for (const worker of workers)
    await logAccess(tx, {
      actor: input.actor,
      workerId: worker.id,
      action: 'event.attendees.read',
      detail: input.eventId,
    })

  const rank = (status: string) => (status === 'waiting' ? 1 : 0)
  return signups
    .sort((a, b) => rank(a.status) - rank(b.status))
    .map((s) => ({
      alias: alias.get(s.workerId) ?? '?',
      participant: s.participant,
      stage: s.stage,
      status: s.status,
      position: Number(s.position),
    }))
}

/** The list as CSV, one sign-up a line. */
export function attendeesCsv(attendees: Attendee[]): string {
  const lines = attendees.map((a, i) =>
    [i + 1, a.alias, a.participant, a.stage ?? '', a.status].join(','),
  )
  return ['n,alias,participant,stage,status', ...lines].join('\n')
}
