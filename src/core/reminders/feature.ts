import type { Feature } from '../conversations/feature.ts'
import { optInToReminders, optOutOfReminders } from '../workers/opt-out.ts'

/** The "不再提醒" button on every reminder, and its undo. */
export const remindersFeature: Feature = {
  name: 'reminders',
  buttons: {
    async rem(turn, value) {
      if (value === 'on') {
        await optInToReminders(turn.tx, turn.worker.id)
        turn.replies.push({ lines: [{ key: 'reminder-resumed' }] })
        return
      }
      await optOutOfReminders(turn.tx, turn.worker.id, turn.deps.now())
      turn.replies.push({
        lines: [{ key: 'reminder-stopped' }],
        buttons: [[{ label: { key: 'reminder-resume' }, data: 'rem:on' }]],
      })
    },
  },
}
