import { caseQueues } from '../../../core/cases/queues.ts'
import type { Listener } from '../listener.ts'
import { homeView } from '../messages/home.ts'
import { transact } from '../transact.ts'

/** Opening the app's Home tab shows that caseworker's queues. */
export const appHome: Listener = (app, deps) => {
  app.event('app_home_opened', async ({ event, client }) => {
    const isCaseworker = await deps.caseworkers.isCaseworker(event.user)
    const queues = isCaseworker
      ? await transact(deps.container.db.prisma, (tx) => caseQueues(tx, event.user))
      : { mine: [], unclaimed: [], waiting: [] }
    await client.views.publish({
      user_id: event.user,
      view: homeView(queues, deps.now(), isCaseworker) as never,
    })
  })
}
