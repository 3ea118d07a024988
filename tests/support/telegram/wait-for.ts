import type { EventEmitter } from 'node:events'

/** Emitted by the server after anything a test could wait on has changed. */
export const CHANGED = 'changed'

/**
 * Resolves with the first truthy value `probe` returns, checked now and after every change.
 * Rejects after `timeoutMs` with `describe()` saying what did arrive.
 */
export function waitFor<T>(
  events: EventEmitter,
  probe: () => T | undefined | null | false,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      const value = probe()
      if (!value) return
      cleanUp()
      resolve(value)
    }
    const timer = setTimeout(() => {
      cleanUp()
      reject(new Error(`Gave up waiting after ${timeoutMs} ms. ${describe()}`))
    }, timeoutMs)
    const cleanUp = () => {
      clearTimeout(timer)
      events.off(CHANGED, check)
    }

    events.on(CHANGED, check)
    check()
  })
}
