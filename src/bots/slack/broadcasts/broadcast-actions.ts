import type { BlockButtonAction } from '@slack/bolt'
import {
  type BroadcastAction,
  controlBroadcast,
} from '../../../core/campaigns/control-broadcast.ts'
import { resolveSegment } from '../../../core/campaigns/resolve-segment.ts'
import { type NoticeKind, segmentSchema } from '../../../core/campaigns/segment.ts'
import { approveBroadcast, submitBroadcast } from '../../../core/campaigns/submit-broadcast.ts'
import type { Listener } from '../listener.ts'
import { ADMINS_ONLY } from './broadcast-command.ts'
import { announce } from './compose-submitted.ts'

const CONTROLS: Record<string, BroadcastAction> = {
  pause: 'pause',
  resume: 'resume',
  cancel: 'cancel',
}

/**
 * The broadcast buttons: Send (after a test), Approve (a second admin only),
 * Pause, Resume and Cancel. Only admins; anyone else is told privately.
 */
export const broadcastActions: Listener = (app, deps) => {
  app.action<BlockButtonAction>(/^broadcast\./, async ({ ack, action, body, client }) => {
    await ack()
    const user = body.user.id
    const channel = body.channel?.id ?? user
    const say = (text: string) => client.chat.postEphemeral({ channel, user, text })
    if (!deps.caseworkers.isAdmin(user)) return void (await say(ADMINS_ONLY))

    const id = action.value ?? ''
    const name = action.action_id.replace('broadcast.', '')
    const { prisma } = deps.container.db
    const campaigns = deps.container.conversation.campaigns

    if (name === 'send') {
      const prepared = await prisma.$transaction(async (tx) => {
        const draft = await tx.broadcast.findUniqueOrThrow({ where: { id } })
        const segment = segmentSchema.parse(draft.segment)
        const ids = await resolveSegment(
          tx,
          deps.container.conversation,
          segment,
          draft.kind as NoticeKind,
        )
        const approvalOver = deps.container.config.BROADCAST_APPROVAL_OVER
        const submitted = await submitBroadcast(tx, {
          broadcastId: id,
          recipients: ids.length,
          approvalOver,
        })
        return {
          id,
          scheduledAt: draft.scheduledAt,
          count: ids.length,
          submitted,
          body: draft.body ?? '',
        }
      })
      return announce(deps, client, user, prepared, prepared.body)
    }
    if (name === 'approve') {
      const result = await prisma.$transaction((tx) =>
        approveBroadcast(tx, { broadcastId: id, actor: `slack:${user}` }),
      )
      if (!result.ok)
        return void (await say(
          result.code === 'same_admin'
            ? 'A second admin must approve: you cannot approve your own broadcast.'
            : 'This broadcast is no longer waiting for approval.',
        ))
      const broadcast = await prisma.broadcast.findUniqueOrThrow({ where: { id } })
      await campaigns?.scheduleBroadcast(broadcast)
      return void (await say('Approved: sending starts.'))
    }

    const move = CONTROLS[name]
    if (!move) return
    const result = await prisma.$transaction((tx) =>
      controlBroadcast(tx, { broadcastId: id, action: move }),
    )
    if (!result.ok)
      return void (await say(`Not possible now (status: ${result.status ?? 'unknown'}).`))
    if (result.status === 'scheduled') {
      const broadcast = await prisma.broadcast.findUniqueOrThrow({ where: { id } })
      await campaigns?.scheduleBroadcast(broadcast)
    }
    await say(`Broadcast ${result.status}.`)
  })
}
