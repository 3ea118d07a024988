import type { Params } from './read-body.ts'
import type { SlackWorkspace } from './workspace.ts'

export type MethodResult = Record<string, unknown> & { ok: boolean }
type Method = (params: Params, workspace: SlackWorkspace) => MethodResult

const str = (value: unknown) => (typeof value === 'string' ? value : undefined)
const fail = (error: string): MethodResult => ({ ok: false, error })

/** The Web API methods the assistant uses, answering in Slack's shapes and with Slack's errors. */
export const methods: Record<string, Method> = {
  'auth.test': (_p, ws) => ({
    ok: true,
    url: 'https://bangfu.slack.com/',
    team: 'Bangfu',
    team_id: ws.teamId,
    user: 'bangfutong',
    user_id: ws.botUserId,
    bot_id: ws.botId,
  }),

  'chat.postMessage': (p, ws) => {
    const channel = str(p.channel)
    if (!channel) return fail('channel_not_found')
    if (!str(p.text) && !p.blocks) return fail('no_text')
    const threadTs = str(p.thread_ts)
    if (threadTs && !ws.find(channel, threadTs)) return fail('thread_not_found')
    const message = ws.post(channel, str(p.text) ?? '', p.blocks as unknown[] | undefined, threadTs)
    return { ok: true, channel, ts: message.ts, message: { text: message.text, ts: message.ts } }
  },

  'chat.update': (p, ws) => {
    const channel = str(p.channel)
    const ts = str(p.ts)
    const message = channel && ts ? ws.find(channel, ts) : undefined
    if (!message) return fail('message_not_found')
    if (p.text !== undefined) message.text = str(p.text) ?? ''
    if (p.blocks !== undefined) message.blocks = p.blocks as unknown[]
    message.edits++
    ws.changed()
    return { ok: true, channel, ts, text: message.text }
  },

  'chat.postEphemeral': (p, ws) => {
    const channel = str(p.channel)
    const user = str(p.user)
    if (!channel || !user) return fail('channel_not_found')
    const threadTs = str(p.thread_ts)
    ws.ephemerals.push({
      channel,
      user,
      text: str(p.text) ?? '',
      ...(threadTs ? { threadTs } : {}),
    })
    ws.changed()
    return { ok: true, message_ts: ws.nextTs() }
  },

  'chat.getPermalink': (p) => ({
    ok: true,
    permalink: `https://bangfu.slack.com/archives/${str(p.channel)}/p${str(p.message_ts)?.replace('.', '')}`,
  }),

  'reactions.add': (p, ws) => {
    const message = ws.find(str(p.channel) ?? '', str(p.timestamp) ?? '')
    const name = str(p.name)
    if (!message && !ws.isUserMessage(str(p.timestamp))) return fail('message_not_found')
    if (!name) return fail('invalid_name')
    ws.reactions.push({ ts: str(p.timestamp) ?? '', name })
    if (message) message.reactions.push(name)
    ws.changed()
    return { ok: true }
  },

  'views.open': (p, ws) => {
    const triggerId = str(p.trigger_id)
    if (!triggerId) return fail('invalid_trigger_id')
    const view = p.view as Record<string, unknown> | undefined
    if (!view) return fail('invalid_arguments')
    const id = `V${ws.nextId()}`
    ws.views.push({ id, triggerId, view })
    ws.changed()
    return { ok: true, view: { ...view, id, hash: `h${id}` } }
  },

  'views.publish': (p, ws) => {
    const user = str(p.user_id)
    const view = p.view as Record<string, unknown> | undefined
    if (!user || !view) return fail('invalid_arguments')
    ws.homes.set(user, view)
    ws.changed()
    return { ok: true, view: { ...view, id: `V${ws.nextId()}` } }
  },

  'usergroups.users.list': (p, ws) => {
    const members = ws.groups.get(str(p.usergroup) ?? '')
    return members ? { ok: true, users: [...members] } : fail('no_such_subteam')
  },

  'users.info': (p, ws) => {
    const user = ws.users.get(str(p.user) ?? '')
    return user ? { ok: true, user } : fail('user_not_found')
  },

  'files.getUploadURLExternal': (p, ws) => {
    const id = `F${ws.nextId()}`
    ws.pendingUploads.set(id, { name: str(p.filename) ?? 'file', bytes: Buffer.alloc(0) })
    return { ok: true, file_id: id, upload_url: `${ws.baseUrl}/upload/${id}` }
  },

  'files.completeUploadExternal': (p, ws) => {
    const files = (p.files as { id: string; title?: string }[] | undefined) ?? []
    const channel = str(p.channel_id)
    if (!channel) return fail('invalid_arguments')
    const threadTs = str(p.thread_ts)
    const attached = files.map((file) => {
      const upload = ws.pendingUploads.get(file.id)
      if (!upload) throw new Error(`file ${file.id} was never uploaded`)
      return { id: file.id, ...upload }
    })
    const message = ws.post(channel, str(p.initial_comment) ?? '', undefined, threadTs)
    message.files = attached
    ws.changed()
    return { ok: true, files: attached.map((file) => ({ id: file.id, title: file.name })) }
  },
}
