import type { WebClient } from '@slack/web-api'
import type { SlackDeps } from './deps.ts'

/** A message only one caseworker sees, in the case channel (or a thread of it). */
export async function tell(
  client: WebClient,
  deps: SlackDeps,
  to: { user: string; text: string; channel?: string | undefined; threadTs?: string | undefined },
): Promise<void> {
  await client.chat
    .postEphemeral({
      channel: to.channel ?? deps.channel,
      user: to.user,
      text: to.text,
      ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
    })
    .catch((error: unknown) => deps.log.warn({ err: error }, 'ephemeral message not shown'))
}
