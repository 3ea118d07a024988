import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { Cipher } from '../privacy/cipher.ts'
import { loadCaseBasis } from '../understanding/case-basis.ts'
import { type SummaryDeps, summariseCase } from '../understanding/summarise.ts'

/**
 * Writes a case's summary once, from the worker's screening and what they
 * wrote (redacted), and keeps it encrypted for every redraw of the card.
 * Runs outside any transaction: the model, when configured, may take seconds.
 */
export async function ensureCaseSummary(
  prisma: PrismaClient,
  deps: { cipher: Cipher; summary: SummaryDeps },
  caseId: string,
): Promise<void> {
  const found = await prisma.case.findUnique({ where: { id: caseId } })
  if (!found?.workerId || found.summary) return
  const basis = await loadCaseBasis(prisma, deps.cipher, found.workerId, found)
  const summary = await summariseCase(basis, deps.summary, 'zh-CN')
  await prisma.case.updateMany({
    where: { id: caseId, summary: null, workerId: { not: null } },
    data: { summary: deps.cipher.seal(summary.text) },
  })
}
