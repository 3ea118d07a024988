import type { SyncContext } from './context.ts'

/**
 * Shows on each caseworker message whether it reached the worker: ✅ when
 * Telegram accepted it, ❌ and a line in the thread when it could not be sent.
 */
export async function showDeliveries(ctx: SyncContext): Promise<void> {
  const { prisma } = ctx.deps.container.db
  const settled = await prisma.caseMessage.findMany({
    where: { direction: 'to_worker', status: { in: ['delivered', 'failed'] }, shown: false },
    include: { case: true },
    take: 500,
  })
  await Promise.all(
    settled.map(async (message) => {
      const channel = message.case.slackChannel ?? ctx.deps.channel
      const delivered = message.status === 'delivered'
      if (message.sourceTs) {
        await ctx.client.reactions
          .add({ channel, timestamp: message.sourceTs, name: delivered ? 'white_check_mark' : 'x' })
          .catch((error: unknown) => ctx.deps.log.debug({ err: error }, 'reaction not added'))
      }
      if (!delivered && message.case.slackTs) {
        await ctx.client.chat.postMessage({
          channel,
          thread_ts: message.case.slackTs,
          text: '❌ This message did not reach the worker (they may have blocked the bot).',
        })
      }
      await prisma.caseMessage.update({ where: { id: message.id }, data: { shown: true } })
    }),
  )
}
