import type { Feature } from '../conversations/feature.ts'
import { loadFlow } from '../conversations/flow-store.ts'
import type { Turn } from '../conversations/turn.ts'
import { closeCase } from './close.ts'
import { soundsLikeCrisis } from './crisis.ts'
import { escalate } from './escalate.ts'
import { findOpenCase } from './find-open.ts'
import { rateCase } from './rate.ts'
import { relayFromWorker } from './relay-from-worker.ts'
import { noteRequestedFile } from './requested-file.ts'

/**
 * Casework in the worker's chat. Words of crisis escalate at once. While a
 * case is open, what the worker sends goes to the case thread. Once a
 * caseworker has claimed it the live conversation takes the messages; while
 * it is unclaimed, text still reaches the rest of the bot (flows, intents,
 * applications), as does a file inside a flow; a file sent while a
 * caseworker waits for a document is also left to the applications feature
 * to file. Buttons: `cl:<case>` leaves (or stops waiting), `cr:<case>:<1-5>` rates.
 */
export const casesFeature: Feature = {
  name: 'cases',

  async intercept(turn, event) {
    const crisis = event.type === 'text' && soundsLikeCrisis(event.text)
    if (crisis) await escalate(turn, { reason: 'crisis', urgent: true })
    const open = await findOpenCase(turn.tx, turn.worker.id)
    if (!open) return false

    const now = turn.deps.now()
    await relayFromWorker(turn.tx, turn.deps.cipher, open, event, now)
    // A file a caseworker asked for goes on to the applications feature, which files it.
    if (event.type === 'file' && (await noteRequestedFile(turn.tx, open.id, turn.worker.id, now)))
      return false
    if (open.status !== 'unclaimed') return true
    if (await loadFlow(turn)) return false
    // Nobody has it yet: the thread has the words, and the bot goes on serving the worker.
    if (event.type === 'text' && !crisis) return false
    // Said where it went, rather than leave the worker talking to silence.
    if (!turn.replies.length) turn.replies.push({ lines: [{ key: 'case-passed-on' }] })
    return true
  },

  buttons: {
    cl: (turn, caseId) => leave(turn, caseId),
    async cr(turn, value) {
      const [caseId = '', stars = ''] = value.split(':')
      const now = turn.deps.now()
      const rated = await rateCase(turn.tx, {
        caseId,
        workerId: turn.worker.id,
        stars: Number(stars),
        now,
      })
      turn.replies.push({ lines: [{ key: rated.ok ? 'case-rated' : 'case-rate-done' }] })
    },
  },

  commands: {
    async leave(turn) {
      const open = await findOpenCase(turn.tx, turn.worker.id)
      if (!open) return void turn.replies.push({ lines: [{ key: 'case-already-closed' }] })
      await leave(turn, open.id)
    },
  },
}

async function leave(turn: Turn, caseId: string): Promise<void> {
  const open = await findOpenCase(turn.tx, turn.worker.id)
  if (open?.id !== caseId)
    return void turn.replies.push({ lines: [{ key: 'case-already-closed' }] })
  const closed = await closeCase(
    turn.tx,
    { messenger: noMessenger },
    { caseId, actor: 'worker', now: turn.deps.now() },
  )
  if (closed.ask) turn.replies.push(closed.ask)
}

// The worker's own leaving is answered in their turn; nothing is queued.
const noMessenger = { queue: async () => false }
