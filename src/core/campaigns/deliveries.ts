import type { Tx } from '../db/types.ts'

type Db = Pick<Tx, '$queryRaw' | '$executeRaw'>

/** A recipient claimed for sending: where to reach them and in which language. */
export type Claimed = { workerId: string; chatId: number; locale: string }

/** What became of one send. `retry` puts the row back for a later attempt. */
export type SendOutcome = 'sent' | 'blocked' | 'failed' | 'retry'

/**
 * Claims a job's range for sending. Rows a previous attempt claimed and never
 * settled (the process died mid-send) are marked `uncertain` and not sent
 * again: Telegram may already have shown them, and a duplicate is the worse
 * mistake. Workers who opted out or blocked the bot since the start are
 * skipped, unless the message is about their own sign-up (`reminder`).
 */
export async function claimDeliveries(
  db: Db,
  input: { broadcastId: string; from: number; to: number; reminder: boolean },
): Promise<Claimed[]> {
  const { broadcastId, from, to } = input
  await db.$executeRaw`
    UPDATE broadcast_deliveries SET status = 'uncertain', updated_at = now()
    WHERE broadcast_id = ${broadcastId}::uuid AND seq BETWEEN ${from} AND ${to}
      AND status = 'sending'`
  if (!input.reminder)
    await db.$executeRaw`
      UPDATE broadcast_deliveries d SET status = 'skipped', updated_at = now()
      FROM notice_preferences p
      WHERE d.broadcast_id = ${broadcastId}::uuid AND d.seq BETWEEN ${from} AND ${to}
        AND d.status = 'pending' AND p.worker_id = d.worker_id
        AND (p.opted_out OR p.unreachable_at IS NOT NULL)`

  const rows = await db.$queryRaw<{ worker_id: string; external_id: string; locale: string }[]>`
    UPDATE broadcast_deliveries d
    SET status = 'sending', attempts = d.attempts + 1, updated_at = now()
    FROM workers w
    WHERE d.broadcast_id = ${broadcastId}::uuid AND d.seq BETWEEN ${from} AND ${to}
      AND d.status = 'pending' AND w.id = d.worker_id
    RETURNING d.worker_id, w.external_id, w.locale`
  return rows.map((row) => ({
    workerId: row.worker_id,
    chatId: Number(row.external_id),
    locale: row.locale,
  }))
}

/** Records what each send came to; a blocked worker is marked unreachable for next time. */
export async function settleDeliveries(
  db: Db,
  broadcastId: string,
  outcomes: Map<string, SendOutcome>,
): Promise<void> {
  const byStatus = new Map<string, string[]>()
  for (const [workerId, outcome] of outcomes) {
    const status = outcome === 'retry' ? 'pending' : outcome
    byStatus.set(status, [...(byStatus.get(status) ?? []), workerId])
  }

  for (const [status, ids] of byStatus) {
    await db.$executeRaw`
      UPDATE broadcast_deliveries SET status = ${status}, updated_at = now()
      WHERE broadcast_id = ${broadcastId}::uuid AND worker_id = ANY(${ids}::uuid[])`
  }
  const blocked = byStatus.get('blocked') ?? []
  if (blocked.length > 0)
    await db.$executeRaw`
      INSERT INTO notice_preferences (worker_id, unreachable_at, updated_at)
      SELECT w, now(), now() FROM unnest(${blocked}::uuid[]) AS t(w)
      ON CONFLICT (worker_id) DO UPDATE SET unreachable_at = now(), updated_at = now()`
}
