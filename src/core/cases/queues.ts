import type { Case } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'

export type CaseQueues = { mine: Case[]; unclaimed: Case[]; waiting: Case[] }

/** A caseworker's App Home lists: their open cases, the unclaimed queue (oldest first), cases waiting on the worker. */
export async function caseQueues(tx: Tx, userId: string): Promise<CaseQueues> {
  const [mine, unclaimed, waiting] = await Promise.all([
    tx.case.findMany({
      where: { ownerId: userId, status: 'claimed' },
      orderBy: { claimedAt: 'asc' },
      take: 30,
    }),
    tx.case.findMany({
      where: { status: 'unclaimed' },
      orderBy: [{ urgent: 'desc' }, { createdAt: 'asc' }],
      take: 30,
    }),
    tx.case.findMany({
      where: { ownerId: userId, status: 'waiting_worker' },
      orderBy: { updatedAt: 'asc' },
      take: 30,
    }),
  ])
  return { mine, unclaimed, waiting }
}
