import type { EventDeps } from '../events/deps.ts'

/** What the event and broadcast features need from outside a conversation turn. */
export type CampaignDeps = {
  /** Telegram chat ids allowed to send broadcasts. */
  admins: string[]
  /** A broadcast to more workers than this waits for a second admin. */
  approvalOver: number
  events: EventDeps
  /** Adds the start job of a scheduled broadcast; safe to call twice. */
  scheduleBroadcast(broadcast: { id: string; scheduledAt: Date | null }): Promise<void>
}
