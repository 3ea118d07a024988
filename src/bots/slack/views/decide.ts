import { decideFromCase } from '../../../core/cases/decide-case.ts'
import type { Listener } from '../listener.ts'
import { refusal } from '../messages/refusal.ts'
import { tell } from '../tell.ts'
import { transact } from '../transact.ts'
import { inputValue } from './values.ts'

/**
 * The approve or reject modal submitted: a missing reason is shown on the
 * form; otherwise the modal closes at once and the decision is made after.
 */
export const decideView: Listener = (app, deps) => {
  app.view(/^case\.decide\.(approve|reject)$/, async ({ ack, body, view, client }) => {
    const reason = inputValue(view.state.values, 'reason')
    if (reason.length < 2)
      return void (await ack({
        response_action: 'errors',
        errors: { reason: 'Give the worker a reason.' },
      }))
    await ack()
    const decision = view.callback_id.endsWith('approve') ? 'approve' : 'reject'
    const userId = body.user.id
    const caseId = view.private_metadata
    const applicationId = inputValue(view.state.values, 'application')
    const { container } = deps

    const result = await transact(container.db.prisma, (tx) =>
      decideFromCase(tx, container, {
        caseId,
        applicationId,
        decision,
        userId,
        reason,
        now: deps.now(),
      }),
    )
    if (!result.ok) return tell(client, deps, { user: userId, text: refusal(result.code) })
    deps.wake()
    const found = await container.db.prisma.case.findUnique({ where: { id: caseId } })
    if (found?.slackTs) {
      await client.chat.postMessage({
        channel: found.slackChannel ?? deps.channel,
        thread_ts: found.slackTs,
        text: `<@${userId}> ${decision === 'approve' ? 'approved' : 'rejected'} ${result.reference}; the worker has been told.`,
      })
    }
  })
}
