import type { Reply } from '../../flows/types.ts'
import type { Feature } from '../conversations/feature.ts'
import type { Turn } from '../conversations/turn.ts'
import { preferencesOf, setOptedOut, toggleKind } from './preferences.ts'
import { NOTICE_KINDS, type NoticeKind } from './segment.ts'

/**
 * /unsubscribe stops every event and campaign notice (messages about the
 * worker's own case still come); /subscribe and /notices bring them back and
 * let the worker tick which kinds they want. Buttons: `np:<kind>`, `np:done`.
 */
export const noticesFeature: Feature = {
  name: 'notices',
  commands: {
    unsubscribe: async (turn) => {
      await setOptedOut(turn.tx, turn.worker.id, true)
      turn.replies.push({ lines: [{ key: 'notices-unsubscribed' }] })
    },
    subscribe: async (turn) => {
      await setOptedOut(turn.tx, turn.worker.id, false)
      turn.replies.push(await settingsReply(turn, 'notices-subscribed'))
    },
    notices: async (turn) => void turn.replies.push(await settingsReply(turn, 'notices-settings')),
  },
  buttons: {
    np: async (turn, value) => {
      if (value === 'done') return void turn.replies.push({ lines: [{ key: 'notices-done' }] })
      if (!(NOTICE_KINDS as readonly string[]).includes(value)) return
      await toggleKind(turn.tx, turn.worker.id, value as NoticeKind)
      turn.replies.push({ ...(await settingsReply(turn, 'notices-settings')), replace: true })
    },
  },
}

async function settingsReply(turn: Turn, lead: string): Promise<Reply> {
  const { muted } = await preferencesOf(turn.tx, turn.worker.id)
  return {
    lines: [{ key: lead }],
    buttons: [
      ...NOTICE_KINDS.map((kind) => [
        {
          label: { key: `notice-kind-${kind}` },
          data: `np:${kind}`,
          ticked: !muted.includes(kind),
        },
      ]),
      [{ label: { key: 'notices-done-button' }, data: 'np:done' }],
    ],
  }
}
