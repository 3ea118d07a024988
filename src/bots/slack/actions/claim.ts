import type { BlockButtonAction } from '@slack/bolt'
import { claimCase } from '../../../core/cases/claim.ts'
import { notifyWorker } from '../../../core/cases/notify-worker.ts'
import type { Listener } from '../listener.ts'
import { refusal } from '../messages/refusal.ts'
import { tell } from '../tell.ts'
import { transact } from '../transact.ts'

/**
 * Claim: exactly one of any number of simultaneous presses wins (the
 * conditional update decides); the worker is told who is helping them, the
 * card is redrawn, and everyone else is told privately who has the case.
 */
export const claim: Listener = (app, deps) => {
  app.action<BlockButtonAction>('case.claim', async ({ ack, body, action, client }) => {
    await ack()
    const userId = body.user.id
    const caseId = action.value ?? ''
    const name = await deps.names.firstName(userId)
    const { prisma } = deps.container.db

    const result = await transact(prisma, async (tx) => {
      const claimed = await claimCase(tx, { caseId, userId, now: deps.now() })
      if (claimed.ok) {
        await notifyWorker(tx, deps.container.messenger, caseId, {
          lines: [{ key: 'case-claimed', args: { name } }],
          buttons: [[{ label: { key: 'case-leave-button' }, data: `cl:${caseId}` }]],
        })
      }
      return claimed
    })
    if (result.ok) return deps.wake()

    const text =
      result.code === 'already_claimed'
        ? `<@${result.ownerId}> has already claimed this case.`
        : result.code === 'already_yours'
          ? 'This case is already yours.'
          : refusal(result.code)
    await tell(client, deps, { user: userId, text, channel: body.channel?.id })
  })
}
