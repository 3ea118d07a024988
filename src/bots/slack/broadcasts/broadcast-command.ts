import type { Listener } from '../listener.ts'
import { composeModal } from './compose-modal.ts'

export const ADMINS_ONLY =
  'Only the admins named in SLACK_ADMINS can send broadcasts. Nothing was changed.'

/** `/broadcast`: an admin gets the compose modal; anyone else is told, privately, that only admins may. */
export const broadcastCommand: Listener = (app, deps) => {
  app.command('/broadcast', async ({ ack, command, client }) => {
    await ack()
    if (!deps.caseworkers.isAdmin(command.user_id)) {
      await client.chat.postEphemeral({
        channel: command.channel_id,
        user: command.user_id,
        text: ADMINS_ONLY,
      })
      return
    }
    await client.views.open({ trigger_id: command.trigger_id, view: composeModal() })
  })
}
