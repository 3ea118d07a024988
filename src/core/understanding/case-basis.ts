import type { Tx } from '../db/types.ts'
import type { Cipher } from '../privacy/cipher.ts'
import type { Facts } from '../screening/facts.ts'
import type { ScreeningResult } from '../screening/outcome.ts'
import { recentTypedMessages } from './typed-messages.ts'

/** What a case summary is written from; `messages` are already redacted. */
export type CaseBasis = {
  reason: string
  programmeId?: string
  facts?: Facts
  /** Programmes the latest screening found the worker eligible or maybe eligible for. */
  likely: string[]
  messages: string[]
}

/**
 * Gathers a worker's case for its summary: why they were escalated, their latest
 * screening and the last few messages they typed (stored redacted). Reads only;
 * the caller logs the caseworker's access where a person will read the result.
 */
export async function loadCaseBasis(
  tx: Tx,
  cipher: Cipher,
  workerId: string,
  opening: { reason: string; programmeId?: string | null },
): Promise<CaseBasis> {
  const screening = await tx.screening.findFirst({
    where: { workerId },
    orderBy: { createdAt: 'desc' },
  })
  const latest = screening
    ? cipher.openJson<{ facts: Facts; result: ScreeningResult }>(screening.result)
    : undefined
  const messages = await recentTypedMessages(tx, cipher, workerId)

  const basis: CaseBasis = {
    reason: opening.reason,
    likely: (latest?.result.decisions ?? [])
      .filter((decision) => decision.verdict !== 'ineligible')
      .map((decision) => decision.programmeId),
    messages: messages.map((message) => message.text),
  }
  if (opening.programmeId) basis.programmeId = opening.programmeId
  if (latest) basis.facts = latest.facts
  return basis
}
