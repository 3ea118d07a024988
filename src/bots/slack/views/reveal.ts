import { revealCase } from '../../../core/cases/reveal.ts'
import type { Listener } from '../listener.ts'
import { plainBlock } from '../messages/plain.ts'
import { refusal } from '../messages/refusal.ts'
import { tell } from '../tell.ts'
import { transact } from '../transact.ts'
import { inputValue } from './values.ts'

/** Reveal submitted: the owner sees the worker's unmasked messages, privately; the read and its reason are logged. */
export const revealView: Listener = (app, deps) => {
  app.view('case.reveal', async ({ ack, body, view, client }) => {
    await ack()
    const userId = body.user.id
    const reason = inputValue(view.state.values, 'reason')
    const { container } = deps
    const result = await transact(container.db.prisma, (tx) =>
      revealCase(tx, container.cipher, {
        caseId: view.private_metadata,
        userId,
        reason,
        now: deps.now(),
      }),
    )
    if (!result.ok) return tell(client, deps, { user: userId, text: refusal(result.code) })
    const text =
      result.lines.length > 0 ? result.lines.join('\n') : '(nothing was masked in this case)'
    await client.chat.postEphemeral({
      channel: deps.channel,
      user: userId,
      text: `Unmasked for you only (logged): ${result.lines.length} message(s)`,
      blocks: [plainBlock(`Unmasked for you only; this read is logged.\n${text}`)] as never,
    })
  })
}
