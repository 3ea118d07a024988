import type { Tx } from '../db/types.ts'
import type { Cipher } from '../privacy/cipher.ts'
import { hasConsent } from '../privacy/consent.ts'
import type { Intent } from './intent.ts'
import { redact } from './redact.ts'

const KEEP = 20

/**
 * Keeps what a worker typed, redacted and encrypted, for the case summary a
 * caseworker sees. Only with consent to sensitive details, since free text
 * often holds health and income; only the newest few are kept.
 */
export async function keepTypedMessage(
  tx: Tx,
  cipher: Cipher,
  workerId: string,
  intent: Intent,
  text: string,
): Promise<void> {
  if (!(await hasConsent(tx, workerId, 'sensitive'))) return
  await tx.typedMessage.create({
    data: { workerId, intent, text: cipher.seal(redact(text).text) },
  })
  const old = await tx.typedMessage.findMany({
    where: { workerId },
    orderBy: { id: 'desc' },
    skip: KEEP,
    select: { id: true },
  })
  if (old.length > 0) {
    await tx.typedMessage.deleteMany({ where: { id: { in: old.map((row) => row.id) } } })
  }
}

/** The newest typed messages, oldest first, decrypted. */
export async function recentTypedMessages(
  tx: Tx,
  cipher: Cipher,
  workerId: string,
  limit = 5,
): Promise<{ intent: string; text: string; at: Date }[]> {
  const rows = await tx.typedMessage.findMany({
    where: { workerId },
    orderBy: { id: 'desc' },
    take: limit,
  })
  return rows
    .reverse()
    .map((row) => ({ intent: row.intent, text: cipher.open(row.text), at: row.createdAt }))
}
