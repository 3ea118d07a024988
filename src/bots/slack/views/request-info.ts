import { requestInformation } from '../../../core/cases/request-info.ts'
import type { Listener } from '../listener.ts'
import { refusal } from '../messages/refusal.ts'
import { tell } from '../tell.ts'
import { transact } from '../transact.ts'
import { inputValue } from './values.ts'

/** The request-information modal submitted: the worker is asked for the document in their language. */
export const requestInfoView: Listener = (app, deps) => {
  app.view('case.request_info', async ({ ack, body, view, client }) => {
    await ack()
    const userId = body.user.id
    const caseId = view.private_metadata
    const applicationId = inputValue(view.state.values, 'application')
    const docType = inputValue(view.state.values, 'document')
    const { container } = deps

    const result = await transact(container.db.prisma, (tx) =>
      requestInformation(tx, container, {
        caseId,
        applicationId,
        docType,
        userId,
        now: deps.now(),
      }),
    )
    if (!result.ok) {
      const code = result.code === 'unknown_document' ? 'illegal_transition' : result.code
      return tell(client, deps, { user: userId, text: refusal(code) })
    }
    deps.wake()
    const found = await container.db.prisma.case.findUnique({ where: { id: caseId } })
    const name = container.forms.documentTypes[docType]?.['zh-CN'] ?? docType
    if (found?.slackTs) {
      await client.chat.postMessage({
        channel: found.slackChannel ?? deps.channel,
        thread_ts: found.slackTs,
        text: `<@${userId}> asked the worker for: ${name} (${result.reference}). What they send lands here.`,
      })
    }
  })
}
