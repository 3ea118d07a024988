import type { Prisma } from '../../generated/prisma/client.ts'

/** A Prisma client inside one interactive transaction. */
export type Tx = Prisma.TransactionClient
