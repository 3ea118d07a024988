import type { Tx } from '../db/types.ts'

/** Writes one line of a case's audit log: who did what, when. Never personal data. */
export async function recordCaseEvent(
  tx: Tx,
  entry: { caseId: string; actor: string; action: string; detail?: string; at: Date },
): Promise<void> {
  await tx.caseEvent.create({
    data: {
      caseId: entry.caseId,
      actor: entry.actor,
      action: entry.action,
      detail: entry.detail ?? null,
      at: entry.at,
    },
  })
}
