import { readFileSync } from 'node:fs'
import pg from 'pg'

const TICKS_PER_SECOND = 100

/** CPU time (user + system) a Linux process has used so far, in ms; 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    // Fields after the command name, which may itself hold spaces: utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    return 0
  }
}

/**
 * CPU used by the PostgreSQL backends serving one database, summed per backend so a later
 * reading can be subtracted from an earlier one. Backends must run on this machine.
 */
export async function databaseCpu(url: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    )
    return new Map(rows.map(({ pid }) => [pid, processCpuMs(pid)]))
  } finally {
    await client.end()
  }
}

/** CPU the database's backends used between two readings, in ms. */
export function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0)
  return total
}
