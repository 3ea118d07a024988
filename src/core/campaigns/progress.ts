import type { Tx } from '../db/types.ts'

export type Progress = {
  total: number
  sent: number
  /** Blocked the bot, refused by Telegram, or possibly sent by a process that died. */
  failed: number
  skipped: number
  remaining: number
}

/** Counts of a broadcast's deliveries by outcome. */
export async function broadcastProgress(
  db: Pick<Tx, '$queryRaw'>,
  broadcastId: string,
): Promise<Progress> {
  const rows = await db.$queryRaw<{ status: string; n: number }[]>`
    SELECT status, count(*)::int AS n FROM broadcast_deliveries
    WHERE broadcast_id = ${broadcastId}::uuid GROUP BY status`
  const count = (...statuses: string[]) =>
    rows.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.n, 0)
  return {
    total: count('pending', 'sending', 'sent', 'blocked', 'failed', 'uncertain', 'skipped'),
    sent: count('sent'),
    failed: count('blocked', 'failed', 'uncertain'),
    skipped: count('skipped'),
    remaining: count('pending', 'sending'),
  }
}
