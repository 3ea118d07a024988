import type { CampaignDeps } from '../core/campaigns/deps.ts'
import type { Container } from '../core/container.ts'
import { eventDeps } from './event-deps.ts'
import { scheduleBroadcast } from './schedule-broadcast.ts'

/** Events and broadcasts as conversation features use them, over the container's queues. */
export function campaignDeps(container: Container): CampaignDeps {
  const now = () => container.conversation.now()
  return {
    admins: container.config.BROADCAST_ADMINS,
    approvalOver: container.config.BROADCAST_APPROVAL_OVER,
    events: eventDeps(container, now),
    scheduleBroadcast: (broadcast) => scheduleBroadcast(container, broadcast, now()),
  }
}
