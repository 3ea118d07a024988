import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt'
import type { SlackDeps } from '../deps.ts'
import { refusal } from '../messages/refusal.ts'

/**
 * Only caseworkers press buttons, submit forms or run commands: anyone else
 * is acknowledged, told so privately, and nothing changes. Events (thread
 * replies, App Home) are checked by their own listeners.
 */
export function authorise(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as unknown as Record<string, unknown>
    const userId = actingUser(body)
    if (!userId || (await deps.caseworkers.isCaseworker(userId))) return args.next()

    if ('ack' in args && typeof args.ack === 'function') await args.ack()
    deps.log.info({ userId, type: body.type }, 'refused: not a caseworker')
    const channel = channelOf(body) ?? deps.channel
    await args.client.chat
      .postEphemeral({ channel, user: userId, text: refusal('not_caseworker') })
      .catch((error: unknown) => deps.log.warn({ err: error }, 'refusal not shown'))
  }
}

function actingUser(body: Record<string, unknown>): string | undefined {
  if (typeof body.event === 'object') return undefined
  if (typeof body.user_id === 'string') return body.user_id
  return (body.user as { id?: string } | undefined)?.id
}

function channelOf(body: Record<string, unknown>): string | undefined {
  if (typeof body.channel_id === 'string') return body.channel_id
  return (body.channel as { id?: string } | undefined)?.id
}
