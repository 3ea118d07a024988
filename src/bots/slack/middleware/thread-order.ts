import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt'

/**
 * Handles the messages of one thread one after another, in the order they
 * arrived: Bolt acknowledges events at once and runs listeners side by
 * side, so without this a slow first reply could reach the worker after a
 * quick second one. Other threads and other kinds of request run freely.
 */
export function threadOrder(): Middleware<AnyMiddlewareArgs> {
  const chains = new Map<string, Promise<void>>()
  return async (args) => {
    const event = (args.body as { event?: { type?: string; thread_ts?: string } }).event
    const key = event?.type === 'message' ? event.thread_ts : undefined
    if (!key) return args.next()

    const previous = chains.get(key) ?? Promise.resolve()
    const current = previous.then(() => args.next())
    // The chain carries on past a failed message; the failure itself still reaches Bolt.
    const settled = current.catch(() => undefined)
    chains.set(key, settled)
    try {
      await current
    } finally {
      if (chains.get(key) === settled) chains.delete(key)
    }
  }
}
