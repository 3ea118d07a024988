import type { ViewStateValue } from '@slack/bolt'
import type { WebClient } from '@slack/web-api'
import { parseBroadcastText } from '../../../core/campaigns/parse-filter.ts'
import { prepareBroadcast } from '../../../core/campaigns/prepare-broadcast.ts'
import type { Listener } from '../listener.ts'
import { COMPOSE_CALLBACK, parseChinaTime } from './compose-modal.ts'
import { approvalBlocks } from './progress-blocks.ts'

type Values = Record<string, Record<string, ViewStateValue>>

/**
 * The compose modal submitted. A filter or time it cannot read is shown on
 * the field. A test goes to the admin's own DM with the count it would reach
 * and a Send button; a send starts (or, over BROADCAST_APPROVAL_OVER, asks the
 * caseworker channel for a second admin) and its progress is posted to the
 * admin's DM and updated in place.
 */
export const composeSubmitted: Listener = (app, deps) => {
  app.view(COMPOSE_CALLBACK, async ({ ack, body, view, client }) => {
    const user = body.user.id
    if (!deps.caseworkers.isAdmin(user))
      return void (await ack({
        response_action: 'errors',
        errors: { text: 'Only admins can send broadcasts.' },
      }))
    const values = view.state.values as Values
    const text = values.text?.value?.value ?? ''
    const filter = values.segment?.value?.value ?? ''
    const when = values.schedule?.value?.value ?? ''
    const mode = values.mode?.value?.selected_option?.value ?? 'test'

    const parsed = parseBroadcastText(filter ? `${filter}\n${text}` : text)
    if (!parsed.ok)
      return void (await ack({
        response_action: 'errors',
        errors: { segment: `Cannot read “${parsed.part}”.` },
      }))
    const scheduledAt = when ? parseChinaTime(when) : undefined
    if (when && !scheduledAt)
      return void (await ack({
        response_action: 'errors',
        errors: { schedule: 'Use YYYY-MM-DD HH:mm, e.g. 2026-07-15 09:00.' },
      }))
    await ack()

    const { container } = deps
    const prepared = await container.db.prisma.$transaction((tx) =>
      prepareBroadcast(tx, container.conversation, {
        kind: parsed.kind,
        body: parsed.body,
        segment: parsed.segment,
        createdBy: `slack:${user}`,
        progressRef: { channel: 'slack', conversation: user },
        ...(scheduledAt ? { scheduledAt } : {}),
        approvalOver: container.config.BROADCAST_APPROVAL_OVER,
        submit: mode === 'send',
      }),
    )

    if (mode === 'test') {
      await client.chat.postMessage({ channel: user, text: parsed.body })
      await client.chat.postMessage({
        channel: user,
        text: `Test sent to you. Sent for real, it would reach ${prepared.count} worker(s).`,
        blocks: [
          {
            type: 'section',
            text: {
              type: 'plain_text',
              text: `Test sent to you. Sent for real, it would reach ${prepared.count} worker(s).`,
            },
          },
          {
            type: 'actions',
            block_id: 'draft',
            elements: [
              {
                type: 'button',
                action_id: 'broadcast.send',
                value: prepared.id,
                style: 'primary',
                text: { type: 'plain_text', text: 'Send it' },
              },
              {
                type: 'button',
                action_id: 'broadcast.cancel',
                value: prepared.id,
                text: { type: 'plain_text', text: 'Discard' },
              },
            ],
          },
        ],
      })
      return
    }
    await announce(deps, client, user, prepared, parsed.body)
  })
}

/** What happens after a submit: scheduled (and started), refused, or waiting for approval. */
export async function announce(
  deps: Parameters<Listener>[1],
  client: WebClient,
  user: string,
  prepared: Awaited<ReturnType<typeof prepareBroadcast>>,
  body: string,
): Promise<void> {
  const result = prepared.submitted
  if (!result?.ok) {
    const why =
      result?.code === 'no_recipients'
        ? 'nobody matches the filters'
        : 'it was already sent or discarded'
    await client.chat.postMessage({ channel: user, text: `Not sent: ${why}.` })
    return
  }
  if (result.status === 'scheduled') {
    await deps.container.conversation.campaigns?.scheduleBroadcast(prepared)
    return
  }
  await client.chat.postMessage({
    channel: user,
    text: `This goes to ${prepared.count} workers, so another admin must approve it in <#${deps.channel}>.`,
  })
  await client.chat.postMessage({
    channel: deps.channel,
    text: `A broadcast to ${prepared.count} workers needs a second admin's approval.`,
    blocks: approvalBlocks(prepared.id, user, prepared.count, body),
  })
}
