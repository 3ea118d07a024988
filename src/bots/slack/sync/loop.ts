import { announceOverdue } from './announce.ts'
import type { SyncContext } from './context.ts'
import { postNewCards } from './post-cards.ts'
import { postWorkerMessages } from './post-worker-messages.ts'
import { purgeDeliveries } from './purge-deliveries.ts'
import { redrawCards } from './redraw-cards.ts'
import { showDeliveries } from './show-deliveries.ts'

/** A step run every interval and on demand; one run at a time, a wake during a run makes one more. */
function repeating(
  run: () => Promise<void>,
  onError: (error: unknown) => void,
  intervalMs: number,
) {
  let running: Promise<void> | undefined
  let again = false
  function wake(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = run()
      .catch(onError)
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
    async stop() {
      clearInterval(timer)
      while (running) await running
    },
  }
}

/**
 * Brings Slack up to date with the database every SLACK_SWEEP_MS, and at
 * once when woken (after a caseworker's action). Two independent loops, so
 * card work never holds up the conversation: workers' messages into their
 * threads; and new cards, redrawn cards, delivery marks, SLA re-announcements, and
 * forgetting old delivery keys.
 */
export function createCaseSync(ctx: SyncContext, intervalMs: number) {
  const onError = (error: unknown) =>
    ctx.deps.log.warn({ err: error }, 'case sync failed; will retry')
  const relay = repeating(() => postWorkerMessages(ctx), onError, intervalMs)
  const purge = purgeDeliveries(ctx)
  const cards = repeating(
    async () => {
      const before = await postNewCards(ctx)
      await Promise.all([redrawCards(ctx), showDeliveries(ctx), announceOverdue(ctx), purge()])
      // A new card opens its thread: messages waiting for it can go now.
      if (before > 0) void relay.wake()
    },
    onError,
    intervalMs,
  )

  return {
    /** Runs both loops now; resolves when both runs are done. */
    wake: () => Promise.all([cards.wake(), relay.wake()]).then(() => undefined),
    async stop(): Promise<void> {
      await Promise.all([cards.stop(), relay.stop()])
    },
  }
}

export type CaseSync = ReturnType<typeof createCaseSync>
