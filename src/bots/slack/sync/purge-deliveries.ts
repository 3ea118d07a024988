import type { SyncContext } from './context.ts'

const KEEP_MS = 24 * 60 * 60 * 1000
const EVERY_MS = 60 * 1000

/** Forgets delivery keys older than a day (Slack retries within minutes), at most once a minute. */
export function purgeDeliveries(ctx: SyncContext) {
  let last = 0
  return async (): Promise<void> => {
    const now = ctx.deps.now().getTime()
    if (now - last < EVERY_MS) return
    last = now
    await ctx.deps.container.db.prisma.slackDelivery.deleteMany({
      where: { receivedAt: { lt: new Date(now - KEEP_MS) } },
    })
  }
}
