import type { SyncContext } from './context.ts'

/** Announces again every case whose SLA ran out while unclaimed (the job marks them). */
export async function announceOverdue(ctx: SyncContext): Promise<void> {
  const { prisma } = ctx.deps.container.db
  const due = await prisma.case.findMany({ where: { announceDue: true }, take: 50 })
  for (const found of due) {
    const changed = await prisma.case.updateMany({
      where: { id: found.id, announceDue: true },
      data: { announceDue: false },
    })
    if (changed.count === 0 || found.status !== 'unclaimed' || !found.slackTs) continue
    const waited = Math.round((ctx.deps.now().getTime() - found.createdAt.getTime()) / 60_000)
    const urgent = found.urgent ? '🚨 URGENT ' : ''
    const text = `⏰ ${urgent}${found.reference} has waited ${waited} min and nobody has claimed it.`
    await ctx.client.chat.postMessage({
      channel: found.slackChannel ?? ctx.deps.channel,
      text,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text } },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              text: { type: 'plain_text', text: 'Claim' },
              action_id: 'case.claim',
              value: found.id,
              style: 'primary',
            },
          ],
        },
      ] as never,
    })
  }
}
