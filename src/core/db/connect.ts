import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../../generated/prisma/client.ts'
import type { SqlSession } from './session.ts'

export type Database = {
  prisma: PrismaClient
  kind: 'postgres' | 'pglite'
  /** Runs `fn` on a session of its own, for raw SQL and migrations. */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>
  close(): Promise<void>
}

export type DatabaseOptions = {
  /** PostgreSQL URL; without one an embedded PGlite database is used. */
  url?: string | undefined
  /** Where PGlite keeps its files; in memory when absent. */
  dataDir?: string | undefined
  poolSize?: number
  /** Told when an idle connection drops (a database restart); the pool reconnects by itself. */
  onIdleError?: (error: Error) => void
}

/** Opens PostgreSQL through the pg driver adapter, or PGlite when no URL is given. */
export async function connectDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return connectPostgres(options.url, options.poolSize ?? 20, options.onIdleError)
  return connectPglite(options.dataDir)
}

async function connectPostgres(
  url: string,
  poolSize: number,
  onIdleError: (error: Error) => void = () => {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize })
  // Without a listener an idle client's error would crash the process.
  pool.on('error', onIdleError)
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator: statementName() }),
  })

  return {
    prisma,
    kind: 'postgres',
    async withSession(fn) {
      const client = await pool.connect()
      try {
        return await fn({
          exec: async (sql) => void (await client.query(sql)),
          query: async (sql, params) => (await client.query(sql, params)).rows,
        })
      } finally {
        client.release()
      }
    },
    async close() {
      await prisma.$disconnect()
      await pool.end()
    },
  }
}

async function connectPglite(dataDir: string | undefined): Promise<Database> {
  const dir = dataDir ? join(dataDir, 'pglite') : undefined
  if (dir) mkdirSync(dir, { recursive: true })
  const release = dir ? lockDirectory(dir) : () => {}
  const lite = new PGlite(dir)
  await lite.waitReady
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) })

  return {
    prisma,
    kind: 'pglite',
    withSession: (fn) =>
      fn({
        exec: async (sql) => void (await lite.exec(sql)),
        query: async <T>(sql: string, params?: unknown[]) =>
          (await lite.query<T>(sql, params)).rows,
      }),
    async close() {
      await prisma.$disconnect()
      await lite.close()
      release()
    },
  }
}

/**
 * PGlite is one process's database: a second process on the same folder
 * would silently diverge. A lock file with the owner's pid stops that; a
 * lock left by a process that died is taken over.
 */
function lockDirectory(dir: string): () => void {
  const file = join(dir, 'bft.lock')
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' })
  } catch {
    const owner = Number(readFileSync(file, 'utf8'))
    if (owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `${dir} is in use by process ${owner}. Stop it, or set DATABASE_URL so several processes share one PostgreSQL.`,
      )
    }
    writeFileSync(file, String(process.pid))
  }
  return () => rmSync(file, { force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Names each distinct SQL text so every pooled connection prepares it once and PostgreSQL
 * skips parsing and planning it again: most statements here are the same few shapes run over
 * and over. A connection's prepared statements go with it when the pool retires it.
 */
function statementName(): (query: { sql: string }) => string {
  const names = new Map<string, string>()
  return ({ sql }) => {
    let name = names.get(sql)
    if (!name) {
      name = `bft_${createHash('sha1').update(sql).digest('base64url')}`
      names.set(sql, name)
    }
    return name
  }
}
