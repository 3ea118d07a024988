import type { Bot, PollingOptions } from 'grammy'

export interface Polling {
  /** Stops long polling (confirming what was handled) and waits for middleware to finish. */
  stop(): Promise<void>
  /** Settles when polling ends; rejects with the error that ended it. */
  finished: Promise<void>
}

type Pollable = Pick<Bot, 'start' | 'stop'>

/**
 * Starts `bot.start()` and resolves once grammY reports it is polling. Rejects if start-up
 * fails. Caveat: an error after start-up surfaces only from `stop()` or `finished`.
 */
export function startPolling(bot: Pollable, options: PollingOptions = {}): Promise<Polling> {
  return new Promise((resolve, reject) => {
    const finished: Promise<void> = bot.start({
      ...options,
      onStart: (botInfo) => {
        resolve({
          finished,
          stop: async () => {
            await bot.stop()
            await finished
          },
        })
        return options.onStart?.(botInfo)
      },
    })
    finished.catch(reject)
  })
}
