import { randomBytes } from 'node:crypto'

const TEAM = { id: 'T0BANGFU', domain: 'bangfu' }
const trigger = () => `${Date.now()}.${randomBytes(4).toString('hex')}`

/** A button press on a message, as Slack sends it in block_actions. */
export function blockAction(options: {
  user: string
  actionId: string
  value: string
  channel: string
  messageTs: string
  actionTs?: string
}) {
  return {
    type: 'block_actions',
    team: TEAM,
    user: { id: options.user, username: options.user.toLowerCase(), team_id: TEAM.id },
    api_app_id: 'A0BANGFU',
    token: 'deprecated-verification-token',
    trigger_id: trigger(),
    container: { type: 'message', message_ts: options.messageTs, channel_id: options.channel },
    channel: { id: options.channel, name: 'caseworkers' },
    message: { type: 'message', ts: options.messageTs, text: '' },
    response_url: 'http://127.0.0.1:9/unused',
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: 'actions',
        value: options.value,
        action_ts:
          options.actionTs ?? `${(Date.now() / 1000).toFixed(6)}${randomBytes(2).toString('hex')}`,
      },
    ],
  }
}

/** A submitted modal, its inputs keyed block id → action id → value. */
export function viewSubmission(options: {
  user: string
  callbackId: string
  privateMetadata: string
  values: Record<string, Record<string, { value?: string; selected_option?: { value: string } }>>
  viewId?: string
}) {
  const id = options.viewId ?? `V${randomBytes(4).toString('hex').toUpperCase()}`
  return {
    type: 'view_submission',
    team: TEAM,
    user: { id: options.user, username: options.user.toLowerCase(), team_id: TEAM.id },
    api_app_id: 'A0BANGFU',
    token: 'deprecated-verification-token',
    trigger_id: trigger(),
    view: {
      id,
      hash: `h${id}`,
      type: 'modal',
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata,
      state: { values: options.values },
    },
  }
}

/** A person's message, e.g. a reply in a case thread; `files` as Slack describes uploads. */
export function messageEvent(options: {
  user: string
  channel: string
  text: string
  ts: string
  threadTs?: string
  files?: { id: string; name: string; mimetype: string; url_private: string }[]
}) {
  return {
    type: 'message',
    channel: options.channel,
    user: options.user,
    text: options.text,
    ts: options.ts,
    event_ts: options.ts,
    channel_type: 'channel',
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    ...(options.files ? { files: options.files, subtype: 'file_share' } : {}),
  }
}

export function slashCommand(options: {
  user: string
  command: string
  text: string
  channel: string
}) {
  return {
    token: 'deprecated-verification-token',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: options.channel,
    channel_name: 'caseworkers',
    user_id: options.user,
    user_name: options.user.toLowerCase(),
    command: options.command,
    text: options.text,
    api_app_id: 'A0BANGFU',
    response_url: 'http://127.0.0.1:9/unused',
    trigger_id: trigger(),
  }
}

export function appHomeOpened(user: string) {
  return { type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: trigger() }
}
