import type { Case } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'
import { OPEN_STATUSES } from './status.ts'

/** The worker's open case, if any. */
export function findOpenCase(tx: Tx, workerId: string): Promise<Case | null> {
  return tx.case.findFirst({
    where: { workerId, status: { in: [...OPEN_STATUSES] } },
    orderBy: { createdAt: 'desc' },
  })
}
