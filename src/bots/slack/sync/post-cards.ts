import { OPEN_STATUSES } from '../../../core/cases/status.ts'
import { reannounceJob } from '../../../jobs/case-reannounce.ts'
import type { SyncContext } from './context.ts'
import { drawCard } from './draw-card.ts'

/**
 * Posts the card of every new case to the caseworkers' channel and schedules
 * its SLA re-announcement; returns how many. Assumes one slack process (two
 * could both post).
 */
export async function postNewCards(ctx: SyncContext): Promise<number> {
  const { prisma } = ctx.deps.container.db
  const fresh = await prisma.case.findMany({
    where: { slackTs: null, status: { in: [...OPEN_STATUSES] } },
    orderBy: { createdAt: 'asc' },
    take: 50,
  })
  for (const found of fresh) {
    const card = await drawCard(ctx, found.id)
    if (!card) continue
    const posted = await ctx.client.chat.postMessage({
      channel: ctx.deps.channel,
      text: card.text,
      blocks: card.blocks as never,
      unfurl_links: false,
    })
    await prisma.case.update({
      where: { id: found.id },
      data: { slackTs: posted.ts ?? null, slackChannel: ctx.deps.channel, cardShown: card.version },
    })
    await scheduleReannounce(ctx, found.id, found.urgent, 1)
  }
  return fresh.length
}

export async function scheduleReannounce(
  ctx: SyncContext,
  caseId: string,
  urgent: boolean,
  round: number,
): Promise<void> {
  const { config, jobs } = ctx.deps.container
  const minutes = urgent ? config.CASE_URGENT_SLA_MINUTES : config.CASE_SLA_MINUTES
  await jobs
    .add(
      reannounceJob,
      { caseId, round },
      { jobId: `case:${caseId}:announce:${round}`, delay: minutes * 60_000 },
    )
    .catch((error: unknown) =>
      ctx.deps.log.warn({ err: error, caseId }, 'SLA re-announcement not scheduled'),
    )
}
