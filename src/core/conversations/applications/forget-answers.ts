import { isOpen } from '../../applications/statuses.ts'
import type { Turn } from '../turn.ts'

/**
 * Sensitive consent was withdrawn: every draft loses its answers and the files
 * sent for it (invoices and discharge papers are health data, each asked for
 * under that consent); the worker answers again, after consenting again, to
 * carry on. Sent applications keep what was sent until decided.
 * Returns how many of those are still in review.
 */
export async function forgetDraftAnswers(turn: Turn): Promise<number> {
  const { tx, worker, deps } = turn
  await tx.application.updateMany({
    where: { workerId: worker.id, status: 'draft' },
    data: { answers: deps.cipher.sealJson({}) },
  })
  await tx.applicationDocument.deleteMany({
    where: { application: { workerId: worker.id, status: 'draft' } },
  })
  const sent = await tx.application.findMany({
    where: { workerId: worker.id, status: { not: 'draft' } },
    select: { status: true },
  })
  return sent.filter((one) => isOpen(one.status)).length
}
