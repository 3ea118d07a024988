import type { Tx } from '../../core/db/types.ts'
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'

const ATTEMPTS = 3
// P2028: no connection in time (a busy pool); P2034: a write conflict or deadlock.
const TRANSIENT = new Set(['P2028', 'P2034'])

/**
 * One transaction for a Slack listener or the case sync. Slack was already
 * answered (ack first), so it will not retry for us: a busy database gets a
 * longer wait for a connection and up to three tries before the error is
 * thrown to the caller, which tells the caseworker.
 */
export async function transact<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(work, { maxWait: 10_000, timeout: 20_000 })
    } catch (error) {
      const transient =
        error instanceof Prisma.PrismaClientKnownRequestError && TRANSIENT.has(error.code)
      if (!transient || attempt >= ATTEMPTS) throw error
    }
  }
}
