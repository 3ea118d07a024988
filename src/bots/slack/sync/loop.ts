import { announceOverdue } from './announce.ts'
import type { SyncContext } from './context.ts'
import { postNewCards } from './post-cards.ts'
import { postWorkerMessages } from './post-worker-messages.ts'
import { redrawCards } from './redraw-cards.ts'
import { showDeliveries } from './show-deliveries.ts'

/**
 * Brings Slack up to date with the database every SLACK_SWEEP_MS, and at
 * once when woken (after a caseworker's action): new cards, worker messages
 * into threads, cards redrawn, delivery marks, SLA re-announcements. One run
 * at a time; a wake during a run makes one more run.
 */
export function createCaseSync(ctx: SyncContext, intervalMs: number) {
  let running: Promise<void> | undefined
  let again = false

  async function runOnce(): Promise<void> {
    await postNewCards(ctx)
    await postWorkerMessages(ctx)
    await redrawCards(ctx)
    await showDeliveries(ctx)
    await announceOverdue(ctx)
  }

  function wake(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = runOnce()
      .catch((error: unknown) => ctx.deps.log.warn({ err: error }, 'case sync failed; will retry'))
      .finally(() => {
        running = undefined
        if (again) {
          again = false
          void wake()
        }
      })
    return running
  }

  const timer = setInterval(() => void wake(), intervalMs)
  timer.unref()
  return {
    wake,
    /** Resolves when no run is in progress. */
    idle: async () => {
      while (running) await running
    },
    async stop(): Promise<void> {
      clearInterval(timer)
      while (running) await running
    },
  }
}

export type CaseSync = ReturnType<typeof createCaseSync>
