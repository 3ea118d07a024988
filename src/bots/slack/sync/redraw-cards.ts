import type { SyncContext } from './context.ts'
import { drawCard } from './draw-card.ts'

/** Updates in place every card whose case changed since it was drawn. */
export async function redrawCards(ctx: SyncContext): Promise<void> {
  const { prisma } = ctx.deps.container.db
  const stale = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM cases WHERE slack_ts IS NOT NULL AND card_shown < card_version LIMIT 100`
  await Promise.all(
    stale.map(async ({ id }) => {
      const card = await drawCard(ctx, id)
      if (!card?.found.slackTs || !card.found.slackChannel) return
      await ctx.client.chat.update({
        channel: card.found.slackChannel,
        ts: card.found.slackTs,
        text: card.text,
        blocks: card.blocks as never,
      })
      await prisma.case.updateMany({
        where: { id, cardShown: { lt: card.version } },
        data: { cardShown: card.version },
      })
    }),
  )
}
