import type { Reply } from '../../flows/types.ts'
import type { Feature } from '../conversations/feature.ts'
import type { Turn } from '../conversations/turn.ts'
import { composeBroadcast } from './compose-broadcast.ts'
import { type BroadcastAction, controlBroadcast } from './control-broadcast.ts'
import { logSegmentRead } from './log-segment-read.ts'
import { parseBroadcastText } from './parse-filter.ts'
import { resolveSegment } from './resolve-segment.ts'
import { type NoticeKind, segmentSchema } from './segment.ts'
import { approveBroadcast, submitBroadcast } from './submit-broadcast.ts'

/** After /broadcast, the admin's next message within this long is the notice. */
const COMPOSE_WINDOW_MS = 30 * 60_000

/**
 * /broadcast for the admins named in BROADCAST_ADMINS: the next message is the
 * notice (with an optional filter line); the admin sees how many it reaches
 * and the text, can send it to themselves first, then sends. A large one
 * waits for another admin's approval. Progress arrives as one message with
 * Pause / Resume / Cancel. Anyone else gets the usual "not understood".
 * Buttons: `bc:<s|t|d|a|p|r|c>:<broadcast>`.
 */
export const broadcastAdminFeature: Feature = {
  name: 'broadcast-admin',
  commands: {
    broadcast: async (turn) => {
      if (!isAdmin(turn)) return void turn.replies.push({ lines: [{ key: 'not-understood' }] })
      await composeBroadcast(turn.tx, {
        kind: 'campaign',
        segment: {},
        createdBy: actorOf(turn),
        progressRef: { channel: 'telegram', chatId: Number(turn.worker.externalId) },
      })
      turn.replies.push({ lines: [{ key: 'broadcast-usage' }] })
    },
  },
  intercept: async (turn, event) => {
    if (event.type !== 'text' || !isAdmin(turn)) return false
    const draft = await turn.tx.broadcast.findFirst({
      where: {
        createdBy: actorOf(turn),
        status: 'draft',
        body: null,
        createdAt: { gt: new Date(turn.deps.now().getTime() - COMPOSE_WINDOW_MS) },
      },
      orderBy: { createdAt: 'desc' },
    })
    if (!draft) return false

    const parsed = parseBroadcastText(event.text)
    if (!parsed.ok) {
      turn.replies.push({ lines: [{ key: 'broadcast-bad-filter', args: { part: parsed.part } }] })
      return true
    }
    await turn.tx.broadcast.update({
      where: { id: draft.id },
      data: { body: parsed.body, kind: parsed.kind, segment: parsed.segment },
    })
    const count = (await recipients(turn, draft.id)).length
    const read = { actor: actorOf(turn), broadcastId: draft.id, segment: parsed.segment }
    await logSegmentRead(turn.tx, { ...read, matched: count })
    turn.replies.push(previewReply(draft.id, count, parsed.body))
    return true
  },
  buttons: {
    bc: async (turn, value) => {
      if (!isAdmin(turn)) return void turn.replies.push({ lines: [{ key: 'button-expired' }] })
      const [action = '', id = ''] = value.split(':')
      const say = (key: string, args = {}) => void turn.replies.push({ lines: [{ key, args }] })
      switch (action) {
        case 't': {
          // The test send is this turn's reply: the admin sees exactly what workers will.
          const draft = await turn.tx.broadcast.findUnique({ where: { id } })
          return void turn.replies.push({ lines: [draft?.body ?? ''] })
        }
        case 's':
          return send(turn, id)
        case 'a':
          return approve(turn, id)
        case 'd': {
          await controlBroadcast(turn.tx, { broadcastId: id, action: 'cancel' })
          return say('broadcast-discarded')
        }
      }
      const control: Record<string, BroadcastAction> = { p: 'pause', r: 'resume', c: 'cancel' }
      const move = control[action]
      if (!move) return say('button-expired')
      const result = await controlBroadcast(turn.tx, { broadcastId: id, action: move })
      if (!result.ok) return say('broadcast-not-now', { status: result.status ?? '?' })
      if (result.status === 'scheduled') await schedule(turn, id)
      say('broadcast-done', { status: result.status })
    },
  },
}

function isAdmin(turn: Turn): boolean {
  const admins = turn.deps.campaigns?.admins ?? []
  return turn.worker.channel === 'telegram' && admins.includes(turn.worker.externalId)
}

const actorOf = (turn: Turn) => `telegram:${turn.worker.externalId}`

async function recipients(turn: Turn, broadcastId: string): Promise<string[]> {
  const broadcast = await turn.tx.broadcast.findUniqueOrThrow({ where: { id: broadcastId } })
  const segment = segmentSchema.parse(broadcast.segment)
  return resolveSegment(turn.tx, turn.deps, segment, broadcast.kind as NoticeKind)
}

function previewReply(id: string, count: number, body: string): Reply {
  return {
    lines: [{ key: 'broadcast-preview', args: { count } }, '', body],
    buttons: [
      [{ label: { key: 'broadcast-send' }, data: `bc:s:${id}` }],
      [{ label: { key: 'broadcast-test' }, data: `bc:t:${id}` }],
      [{ label: { key: 'broadcast-discard' }, data: `bc:d:${id}` }],
    ],
  }
}

async function send(turn: Turn, id: string): Promise<void> {
  const count = (await recipients(turn, id)).length
  const approvalOver = turn.deps.campaigns?.approvalOver ?? 0
  const result = await submitBroadcast(turn.tx, {
    broadcastId: id,
    recipients: count,
    approvalOver,
  })
  if (!result.ok) {
    const key = result.code === 'no_recipients' ? 'broadcast-no-recipients' : 'button-expired'
    return void turn.replies.push({ lines: [{ key }] })
  }
  if (result.status === 'scheduled') {
    await schedule(turn, id)
    return void turn.replies.push({ lines: [{ key: 'broadcast-scheduled' }] })
  }

  turn.replies.push({ lines: [{ key: 'broadcast-awaiting-approval', args: { count } }] })
  await askOtherAdmins(turn, id, count)
}

async function askOtherAdmins(turn: Turn, id: string, count: number): Promise<void> {
  const others = (turn.deps.campaigns?.admins ?? []).filter((a) => a !== turn.worker.externalId)
  const workers = await turn.tx.worker.findMany({
    where: { channel: 'telegram', externalId: { in: others } },
  })
  const messenger = turn.deps.campaigns?.events.messenger
  const body = (await turn.tx.broadcast.findUnique({ where: { id } }))?.body ?? ''
  for (const admin of workers)
    await messenger?.queue(turn.tx, admin, {
      lines: [{ key: 'broadcast-approval-request', args: { count } }, '', body],
      buttons: [[{ label: { key: 'broadcast-approve' }, data: `bc:a:${id}` }]],
    })
}

async function approve(turn: Turn, id: string): Promise<void> {
  const result = await approveBroadcast(turn.tx, { broadcastId: id, actor: actorOf(turn) })
  if (!result.ok) {
    const key = result.code === 'same_admin' ? 'broadcast-same-admin' : 'button-expired'
    return void turn.replies.push({ lines: [{ key }] })
  }
  await schedule(turn, id)
  turn.replies.push({ lines: [{ key: 'broadcast-approved' }] })
}

async function schedule(turn: Turn, id: string): Promise<void> {
  const broadcast = await turn.tx.broadcast.findUniqueOrThrow({ where: { id } })
  await turn.deps.campaigns?.scheduleBroadcast(broadcast)
}
