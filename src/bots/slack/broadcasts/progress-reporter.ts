import { WebClient } from '@slack/web-api'
import type { Container } from '../../../core/container.ts'
import type { ProgressReporter } from '../../../jobs/progress-reporters.ts'
import { progressBlocks } from './progress-blocks.ts'

const clients = new WeakMap<Container, WebClient>()

/**
 * Posts a broadcast's progress to the admin's Slack conversation from the
 * worker process, then edits that message in place (chat.update).
 */
export const slackProgressReporter: ProgressReporter = async (container, ref, line) => {
  if (ref.channel !== 'slack') return ref
  const client = clientFor(container)
  const text = container.i18n.translator('en')(line.key, line.args)
  const status = String(line.args?.status ?? '')
  const blocks = progressBlocks(String(line.args?.id ?? ''), text, status)
  if (ref.ts) {
    await client.chat.update({ channel: ref.conversation, ts: ref.ts, text, blocks })
    return ref
  }
  const posted = await client.chat.postMessage({ channel: ref.conversation, text, blocks })
  return posted.ts ? { ...ref, ts: posted.ts } : ref
}

function clientFor(container: Container): WebClient {
  let client = clients.get(container)
  if (client) return client
  const token = container.config.SLACK_BOT_TOKEN
  if (!token)
    throw new Error(
      'SLACK_BOT_TOKEN is missing: the worker needs it to post broadcast progress to Slack',
    )
  client = new WebClient(token, { slackApiUrl: container.config.SLACK_API_URL })
  clients.set(container, client)
  return client
}
