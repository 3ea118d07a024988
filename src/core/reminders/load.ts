import { Prisma } from '../../generated/prisma/client.ts'
import type { Tx } from '../db/types.ts'

/** A reminder row with what its delivery needs of the worker and the application. */
export type LoadedReminder = {
  id: string
  kind: string
  basis: string
  stage: number
  applicationId: string
  sentAt: Date | null
  droppedAt: Date | null
  worker: { channel: string; externalId: string; locale: string; timezone: string }
  application: { status: string; lastActivityAt: Date; programmeId: string; reference: string }
  optedOut: boolean
}

type Row = {
  id: string
  kind: string
  basis: string
  stage: number
  application_id: string
  sent_at: Date | null
  dropped_at: Date | null
  channel: string
  external_id: string
  locale: string
  timezone: string
  status: string
  last_activity_at: Date
  programme_id: string
  reference: string
  opted_out: boolean
}

/**
 * Locks a reminder row and reads it with its worker and application in one
 * round trip. Null when the row is gone (the worker erased their data).
 * The transaction commits without waiting for the disk: if the database
 * crashed right after, the message and `sent_at` vanish together and the
 * reminder is queued again, so nothing is sent twice or lost.
 */
export async function lockReminder(tx: Tx, id: string): Promise<LoadedReminder | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT ${COLUMNS}
    FROM reminders r
    JOIN workers w ON w.id = r.worker_id
    JOIN applications a ON a.id = r.application_id
    WHERE r.id = ${id}
    FOR UPDATE OF r`
  return row ? loaded(row) : null
}

/**
 * Locks up to `limit` unsent rows whose queued delivery time has come, the
 * earliest first, as `lockReminder` does one. Rows another delivery holds
 * are skipped rather than waited for: that delivery either sends them or,
 * failing, leaves them for the next claim. The lock re-reads a row another
 * transaction just sent, so `sent_at IS NULL` still holds when it is returned.
 */
export async function lockDueReminders(
  tx: Tx,
  now: Date,
  limit: number,
): Promise<LoadedReminder[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT ${COLUMNS}
    FROM reminders r
    JOIN workers w ON w.id = r.worker_id
    JOIN applications a ON a.id = r.application_id
    WHERE ${isDue(now)}
    ORDER BY r.deliver_at
    LIMIT ${limit}
    FOR UPDATE OF r SKIP LOCKED`
  return rows.map(loaded)
}

/** How many reminders are due now, up to `limit`: what the next batch will take. */
export async function countDueReminders(db: Tx, now: Date, limit: number): Promise<number> {
  const [row] = await db.$queryRaw<{ due: number }[]>`
    SELECT count(*)::int AS due FROM (
      SELECT 1 FROM reminders r WHERE ${isDue(now)} LIMIT ${limit}) d`
  return row?.due ?? 0
}

/** Unsent, not dropped, and its delivery time has come: the same test for counting and claiming. */
const isDue = (now: Date) =>
  Prisma.sql`r.sent_at IS NULL AND r.dropped_at IS NULL AND r.deliver_at <= ${now.toISOString()}::timestamp`

const COLUMNS = Prisma.sql`r.id, r.kind, r.basis, r.stage, r.application_id, r.sent_at, r.dropped_at,
  w.channel, w.external_id, w.locale, w.timezone,
  a.status, a.last_activity_at, a.programme_id, a.reference,
  EXISTS (SELECT 1 FROM reminder_opt_outs o WHERE o.worker_id = r.worker_id) AS opted_out,
  set_config('synchronous_commit', 'off', true) AS commit_mode`

function loaded(row: Row): LoadedReminder {
  return {
    id: row.id,
    kind: row.kind,
    basis: row.basis,
    stage: row.stage,
    applicationId: row.application_id,
    sentAt: row.sent_at,
    droppedAt: row.dropped_at,
    worker: {
      channel: row.channel,
      externalId: row.external_id,
      locale: row.locale,
      timezone: row.timezone,
    },
    application: {
      status: row.status,
      lastActivityAt: row.last_activity_at,
      programmeId: row.programme_id,
      reference: row.reference,
    },
    optedOut: row.opted_out,
  }
}
