import type { Tx } from '../db/types.ts'
import { LOOKBACK_DAYS, NOTIFIED_STATUSES, REMINDER_STAGES_HOURS } from './kinds.ts'

const DAY = 24 * 3600 * 1000

/**
 * Turns what the database says into reminder rows, one statement per kind,
 * each row with a deterministic id so planning twice adds nothing: idle
 * drafts (counted from their last step), open document requests, and status
 * changes made by staff or the system. Only rows falling due by `until`
 * are made, so a draft's 72-hour row waits until its time is near. Only
 * PostgreSQL is touched: whoever changed the data (the bot's turn, Slack)
 * never needs Redis. Each statement stands alone. Returns how many rows
 * were new.
 */
export async function planReminders(db: Tx, now: Date, until: Date): Promise<number> {
  const since = new Date(now.getTime() - LOOKBACK_DAYS * DAY).toISOString()
  const upTo = until.toISOString()
  const [first, second] = REMINDER_STAGES_HOURS
  const notified = NOTIFIED_STATUSES as readonly string[]

  const drafts = await db.$executeRaw`
    INSERT INTO reminders (id, worker_id, application_id, kind, basis, stage, due_at)
    SELECT 'draft.' || a.id || '.' || m.ms || '.' || s.stage, a.worker_id, a.id,
           'draft_idle', m.ms, s.stage, a.last_activity_at + make_interval(hours => s.hours)
    FROM applications a
    CROSS JOIN LATERAL (SELECT round(extract(epoch FROM a.last_activity_at) * 1000)::bigint::text AS ms) m
    CROSS JOIN (VALUES (1, ${first}::int), (2, ${second}::int)) AS s(stage, hours)
    WHERE a.status = 'draft'
      AND a.last_activity_at + make_interval(hours => s.hours) BETWEEN ${since}::timestamp AND ${upTo}::timestamp
    ON CONFLICT (id) DO NOTHING`

  const documents = await db.$executeRaw`
    INSERT INTO reminders (id, worker_id, application_id, kind, basis, stage, due_at)
    SELECT 'document.' || r.id || '.' || s.stage, a.worker_id, a.id,
           'document_request', r.id::text, s.stage, r.requested_at + make_interval(hours => s.hours)
    FROM document_requests r
    JOIN applications a ON a.id = r.application_id
    CROSS JOIN (VALUES (1, ${first}::int), (2, ${second}::int)) AS s(stage, hours)
    WHERE r.fulfilled_at IS NULL AND a.status = 'needs_info'
      AND r.requested_at + make_interval(hours => s.hours) BETWEEN ${since}::timestamp AND ${upTo}::timestamp
    ON CONFLICT (id) DO NOTHING`

  const changes = await db.$executeRaw`
    INSERT INTO reminders (id, worker_id, application_id, kind, basis, stage, due_at)
    SELECT 'status.' || e.id, a.worker_id, a.id, 'status_change', e.id::text, 1, e.at
    FROM application_events e
    JOIN applications a ON a.id = e.application_id
    WHERE e.actor <> 'worker' AND e.to_status = ANY(${notified}::text[]) AND e.at >= ${since}::timestamp
    ON CONFLICT (id) DO NOTHING`

  return drafts + documents + changes
}
