import type { Tx } from '../db/types.ts'

/** Records who read or changed a worker's personal data. */
export async function logAccess(
  tx: Tx,
  entry: { actor: string; workerId: string | null; action: string; detail?: string },
): Promise<void> {
  await tx.accessLog.create({
    data: {
      actor: entry.actor,
      workerId: entry.workerId,
      action: entry.action,
      detail: entry.detail ?? null,
    },
  })
}
