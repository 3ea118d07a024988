import type { Tx } from '../db/types.ts'

/** A reference a worker can read out on the phone: `BF-2026-000123`. */
export async function nextReference(tx: Tx, now: Date): Promise<string> {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`
    SELECT nextval('application_reference_seq') AS n`
  const serial = String(row?.n ?? 0n).padStart(6, '0')
  return `BF-${now.getFullYear()}-${serial}`
}
