import type { Listener } from '../listener.ts'
import { ADMINS_ONLY } from './broadcast-command.ts'
import { eventModal } from './event-modal.ts'

/** `/event`: an admin gets the new-event modal. */
export const eventCommand: Listener = (app, deps) => {
  app.command('/event', async ({ ack, command, client }) => {
    await ack()
    if (!deps.caseworkers.isAdmin(command.user_id))
      return void (await client.chat.postEphemeral({
        channel: command.channel_id,
        user: command.user_id,
        text: ADMINS_ONLY,
      }))
    await client.views.open({ trigger_id: command.trigger_id, view: eventModal() })
  })
}
