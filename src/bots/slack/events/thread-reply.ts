import { recordCaseEvent } from '../../../core/cases/record-event.ts'
import { relayToWorker } from '../../../core/cases/relay-to-worker.ts'
import type { Listener } from '../listener.ts'
import { slackToPlain } from '../messages/from-slack.ts'
import { isNote } from '../messages/note.ts'
import { refusal } from '../messages/refusal.ts'
import { tell } from '../tell.ts'
import { transact } from '../transact.ts'
import { downloadSlackFile } from './download-file.ts'

const NOT_SENT = '⚠️ Not sent: the system was too busy to take your message. Please send it again.'

type ThreadMessage = {
  user?: string
  bot_id?: string
  subtype?: string
  text?: string
  ts: string
  thread_ts?: string
  channel: string
  files?: { name?: string; mimetype?: string; url_private?: string }[]
}

/**
 * A caseworker's reply in a case thread goes to the worker (text, and the
 * first photo); a reply starting with `note:` stays in Slack. Replies to a
 * closed case, an erased worker's case, or someone else's case send nothing
 * and tell the caseworker why.
 */
export const threadReply: Listener = (app, deps) => {
  app.event('message', async ({ event, client }) => {
    const message = event as unknown as ThreadMessage
    if (!message.thread_ts || message.thread_ts === message.ts || message.bot_id) return
    if (message.subtype && message.subtype !== 'file_share') return
    if (!message.user || message.channel !== deps.channel) return
    const { prisma } = deps.container.db
    const found = await prisma.case.findUnique({ where: { slackTs: message.thread_ts } })
    if (!found) return
    const to = { user: message.user, channel: message.channel, threadTs: message.thread_ts }
    if (!(await deps.caseworkers.isCaseworker(message.user)))
      return tell(client, deps, { ...to, text: refusal('not_caseworker') })

    const text = slackToPlain(message.text ?? '')
    if (isNote(text)) {
      await recordCaseEvent(prisma, {
        caseId: found.id,
        actor: `slack:${message.user}`,
        action: 'case.note',
        at: deps.now(),
      })
      await client.reactions
        .add({ channel: message.channel, timestamp: message.ts, name: 'memo' })
        .catch(() => undefined)
      return
    }

    const image = message.files?.find((file) => file.mimetype?.startsWith('image/'))
    const bytes = image?.url_private ? await downloadSlackFile(deps, image.url_private) : undefined
    const authorName = await deps.names.firstName(message.user)
    const relay = transact(prisma, (tx) =>
      relayToWorker(tx, deps.container, {
        caseId: found.id,
        author: message.user as string,
        authorName,
        sourceTs: message.ts,
        text,
        ...(bytes
          ? { photo: { base64: bytes.toString('base64'), fileName: image?.name ?? 'photo.jpg' } }
          : {}),
        now: deps.now(),
      }),
    )
    const result = await relay.catch((error: unknown) => {
      deps.log.error({ err: error, caseId: found.id }, 'caseworker reply not relayed')
      return undefined
    })
    // Slack was answered already and will not retry: the caseworker must know to send it again.
    if (!result) return tell(client, deps, { ...to, text: NOT_SENT })
    if (result.ok || result.code === 'duplicate') return
    if (result.code === 'unreachable')
      return tell(client, deps, {
        ...to,
        text: 'The worker cannot be reached on any channel: nothing was sent.',
      })
    await tell(client, deps, { ...to, text: refusal(result.code) })
  })
}
