import type { Application } from '../../generated/prisma/client.ts'
import { isOpen as isUndecided } from '../applications/statuses.ts'
import type { Tx } from '../db/types.ts'

/**
 * The worker's applications a caseworker can act on from this case: still
 * undecided and past the draft, the case's own application first.
 */
export async function caseApplications(tx: Tx, caseId: string): Promise<Application[]> {
  const found = await tx.case.findUnique({ where: { id: caseId } })
  if (!found?.workerId) return []
  const all = await tx.application.findMany({
    where: { workerId: found.workerId },
    orderBy: { createdAt: 'desc' },
  })
  const open = all.filter((row) => row.status !== 'draft' && isUndecided(row.status))
  return open.sort(
    (a, b) => Number(b.id === found.applicationId) - Number(a.id === found.applicationId),
  )
}
