import { type Api, GrammyError } from 'grammy'
import type { Logger } from '../../core/logger.ts'
import type { Inbox, PendingUpdate } from './inbox.ts'

export const ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'my_chat_member',
] as const

/**
 * Long polling that confirms an update to Telegram only after it is stored:
 * the offset of the next getUpdates call is what confirms, and it is sent
 * only once the batch is in the inbox. (grammY's runner confirms before
 * handling, which would lose updates in a crash.)
 */
export function createPoller(
  api: Api,
  inbox: Inbox,
  log: Logger,
  onStored: (updates: PendingUpdate[]) => void,
) {
  const controller = new AbortController()
  let loop: Promise<void> | undefined

  async function run(): Promise<void> {
    let offset = 0
    let backoff = 1
    while (!controller.signal.aborted) {
      try {
        const updates = await api.getUpdates(
          { offset, timeout: 25, allowed_updates: [...ALLOWED_UPDATES] },
          controller.signal as Parameters<Api['getUpdates']>[1],
        )
        if (updates.length > 0) {
          const stored = await inbox.store(updates)
          offset = (updates.at(-1)?.update_id ?? offset - 1) + 1
          onStored(stored)
        }
        backoff = 1
      } catch (error) {
        if (controller.signal.aborted) return
        const conflict = error instanceof GrammyError && error.error_code === 409
        log.warn(
          { err: error },
          conflict ? 'another poller or a webhook is active' : 'getUpdates failed',
        )
        await new Promise((resolve) => setTimeout(resolve, backoff * 1000))
        backoff = Math.min(backoff * 2, 30)
      }
    }
  }

  return {
    start(): void {
      loop ??= run()
    },
    async stop(): Promise<void> {
      controller.abort()
      await loop
    },
  }
}
