import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { connectDatabase, type Database } from '../../src/core/db/connect.ts'
import { applyMigrations } from '../../src/core/db/migrate.ts'

/**
 * A migrated database of the test's own: a fresh PostgreSQL database named
 * for the test when DATABASE_URL is set (dropped by `close`), otherwise an
 * in-memory PGlite.
 */
export async function testDatabase(): Promise<Database & { url?: string }> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const db = await connectDatabase({})
    await db.withSession((session) => applyMigrations(session))
    return db
  }

  const name = `bft_test_${randomBytes(6).toString('hex')}`
  await admin(url, `CREATE DATABASE ${name}`)
  const testUrl = new URL(url)
  testUrl.pathname = `/${name}`
  const db = await connectDatabase({ url: testUrl.href, poolSize: 10 })
  await db.withSession((session) => applyMigrations(session))

  return {
    ...db,
    url: testUrl.href,
    async close() {
      await db.close()
      await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
