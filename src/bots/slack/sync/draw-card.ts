import { ensureCaseSummary } from '../../../core/cases/case-summary.ts'
import { loadCaseView } from '../../../core/cases/case-view.ts'
import { caseCard } from '../messages/case-card.ts'
import { transact } from '../transact.ts'
import type { SyncContext } from './context.ts'

/** Reads a case and renders its card, with the version it shows. */
export async function drawCard(ctx: SyncContext, caseId: string) {
  const { container } = ctx.deps
  const summary = {
    model: container.conversation.understanding.model,
    policy: container.policy,
    i18n: container.i18n,
    log: ctx.deps.log,
  }
  await ensureCaseSummary(container.db.prisma, { cipher: container.cipher, summary }, caseId)
  return transact(container.db.prisma, async (tx) => {
    const view = await loadCaseView(
      tx,
      { cipher: container.cipher, summary, forms: container.forms },
      caseId,
      'slack:card',
    )
    if (!view) return undefined
    return { ...caseCard(view), version: view.case.cardVersion, found: view.case }
  })
}
