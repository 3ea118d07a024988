import type { Database } from '../../../src/core/db/connect.ts'

/**
 * A zone where it is now around midday, so a run at any wall-clock hour is
 * outside quiet hours ("Etc/GMT-5" is UTC+5).
 */
export function middayZone(now = new Date()): string {
  let offset = (12 - now.getUTCHours() + 24) % 24
  if (offset > 14) offset -= 24
  if (offset === 0) return 'Etc/GMT'
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`
}

/**
 * `count` Telegram workers (chats `firstChat`, `firstChat + 1`, …) each with a
 * draft whose last step is `idleSince`, written in a few statements.
 */
export async function seedIdleDrafts(
  db: Database,
  input: { count: number; firstChat: number; idleSince: (index: number) => Date; zone: string },
): Promise<void> {
  const batch = 10_000
  for (let start = 0; start < input.count; start += batch) {
    const size = Math.min(batch, input.count - start)
    const activity = Array.from({ length: size }, (_, i) =>
      input.idleSince(start + i).toISOString(),
    )
    await db.withSession((session) =>
      session.query(
        `WITH w AS (
           INSERT INTO workers (id, channel, external_id, alias, timezone, updated_at)
           SELECT gen_random_uuid(), 'telegram', ($1::bigint + n)::text, 'bench-' || n, $2, now()
           FROM generate_series(0, $3::int - 1) AS n
           RETURNING id, external_id)
         INSERT INTO applications (id, reference, worker_id, programme_id, status, answers,
                                   updated_at, last_activity_at)
         SELECT gen_random_uuid(), 'BF-T-' || w.external_id, w.id, 'temporary_living_subsidy',
                'draft', '-', now(), ($4::text[])[w.external_id::bigint - $1::bigint + 1]::timestamp
         FROM w`,
        [input.firstChat + start, input.zone, size, activity],
      ),
    )
  }
}
