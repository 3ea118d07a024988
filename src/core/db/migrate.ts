import { createHash, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SqlSession } from './session.ts'

const LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

// Any constant works; it only has to be the same in every process.
const LOCK_ID = 4_207_113

export const MIGRATIONS_DIR = join(import.meta.dirname, '../../../prisma/migrations')

/**
 * Applies `prisma/migrations/<name>/migration.sql` in name order, each in its
 * own transaction, recording them in Prisma's ledger table so that
 * `prisma migrate deploy` agrees on what is applied. Safe to run from several
 * processes at once: an advisory lock makes the others wait and then skip.
 */
export async function applyMigrations(
  session: SqlSession,
  dir = MIGRATIONS_DIR,
): Promise<string[]> {
  await session.exec(LEDGER)
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

  const applied: string[] = []
  for (const name of names) {
    const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
    if (await applyOne(session, name, sql)) applied.push(name)
  }
  return applied
}

async function applyOne(session: SqlSession, name: string, sql: string): Promise<boolean> {
  await session.exec('BEGIN')
  try {
    await session.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID])
    const done = await session.query(
      'SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL',
      [name],
    )
    if (done.length > 0) {
      await session.exec('COMMIT')
      return false
    }

    await session.exec(sql)
    const checksum = createHash('sha256').update(sql).digest('hex')
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
       VALUES ($1, $2, now(), $3, 1)`,
      [randomUUID(), checksum, name],
    )
    await session.exec('COMMIT')
    return true
  } catch (error) {
    await session.exec('ROLLBACK')
    throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error })
  }
}
