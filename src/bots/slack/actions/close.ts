import type { BlockButtonAction } from '@slack/bolt'
import { closeCase } from '../../../core/cases/close.ts'
import type { Listener } from '../listener.ts'
import { refusal } from '../messages/refusal.ts'
import { tell } from '../tell.ts'
import { transact } from '../transact.ts'

/** Close: the owner (or anyone, while unclaimed; or an admin) closes; the worker is asked to rate. */
export const close: Listener = (app, deps) => {
  app.action<BlockButtonAction>('case.close', async ({ ack, body, action, client }) => {
    await ack()
    const userId = body.user.id
    const caseId = action.value ?? ''
    const { prisma } = deps.container.db

    const result = await transact(prisma, async (tx) => {
      const found = await tx.case.findUnique({ where: { id: caseId } })
      if (found?.ownerId && found.ownerId !== userId && !deps.caseworkers.isAdmin(userId))
        return { ok: false as const, code: 'not_owner' as const }
      return closeCase(tx, deps.container, { caseId, actor: `slack:${userId}`, now: deps.now() })
    })
    if (result.ok) return deps.wake()
    await tell(client, deps, {
      user: userId,
      text: refusal(result.code),
      channel: body.channel?.id,
    })
  })
}
