import { randomInt } from 'node:crypto'
import type { Tx } from '../db/types.ts'
import type { Locale } from '../i18n/translator.ts'

export type WorkerRef = {
  channel: 'telegram' | 'console'
  externalId: string
  /** First language the worker's app reports, used only on first contact. */
  locale: Locale
}

// No 0/O/1/I, so caseworkers can read an alias over the phone.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** A name staff can use without knowing who the worker is: 工友-7F3K. */
export function newAlias(): string {
  const code = Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return `工友-${code}`
}

const withContext = {
  consents: { where: { withdrawnAt: null }, select: { purpose: true } },
  conversation: { select: { state: true } },
} as const

/**
 * The worker behind a channel id, created on first contact, with their
 * active consents and any flow in progress, in one query.
 */
export async function findOrCreateWorker(tx: Tx, ref: WorkerRef) {
  const where = { channel_externalId: { channel: ref.channel, externalId: ref.externalId } }
  const found = await tx.worker.findUnique({
    where,
    include: withContext,
    relationLoadStrategy: 'join',
  })
  if (found) return found
  return tx.worker.upsert({
    where,
    update: {},
    create: {
      channel: ref.channel,
      externalId: ref.externalId,
      locale: ref.locale,
      alias: newAlias(),
    },
    include: withContext,
  })
}
