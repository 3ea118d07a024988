import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt'
import type { SlackDeps } from '../deps.ts'
import { deliveryKey } from './delivery-key.ts'

/**
 * Acts on each Slack delivery once: the first sighting of its key is stored;
 * a retry or repeat is acknowledged and dropped. The key is stored before the
 * work, so a crash mid-work loses that one delivery rather than doubling it
 * (Slack's retry would otherwise post a second message or claim twice).
 */
export function deduplicate(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = deliveryKey(args.body as unknown as Record<string, unknown>)
    if (key) {
      const stored = await deps.container.db.prisma.slackDelivery.createMany({
        data: [{ key, receivedAt: deps.now() }],
        skipDuplicates: true,
      })
      if (stored.count === 0) {
        deps.log.debug({ key }, 'slack delivery seen before: dropped')
        if ('ack' in args && typeof args.ack === 'function') await args.ack()
        return
      }
    }
    await args.next()
  }
}
