import type { Update } from 'grammy/types'
import { type ApiReply, conflict, ok } from './api-reply.ts'

export interface PollRequest {
  offset: number | undefined
  limit: number | undefined
  timeoutSeconds: number
}

export interface Poll {
  reply: Promise<ApiReply>
  /** The client went away: stop holding its request. */
  cancel(): void
}

interface Queued {
  update: Update
  /** Pushed as-is by `pushRaw`: survives confirmation until delivered once. */
  raw: boolean
  delivered: boolean
}

interface Held {
  limit: number
  finish(reply: ApiReply): void
}

/**
 * Pending updates with getUpdates semantics: an offset confirms every update below it, and
 * whatever is not confirmed is delivered again on the next call.
 */
export class UpdateQueue {
  private queued: Queued[] = []
  private lastId = 0
  private held: Held | undefined
  private wakeUp: NodeJS.Immediate | undefined

  push(body: Omit<Update, 'update_id'>): Update {
    this.lastId += 1
    const update = { update_id: this.lastId, ...body } as Update
    this.queued.push({ update, raw: false, delivered: false })
    this.wake()
    return update
  }

  /** Queues the update with its own id, even one already confirmed. */
  pushRaw(update: Update): void {
    this.lastId = Math.max(this.lastId, update.update_id)
    this.queued.push({ update, raw: true, delivered: false })
    this.wake()
  }

  pending(): number {
    return this.queued.length
  }

  /** A getUpdates call is being held open, waiting for an update. */
  isHolding(): boolean {
    return this.held !== undefined
  }

  drop(): void {
    this.queued = []
  }

  /**
   * Answers a getUpdates call; with a timeout and nothing pending it holds the call until an
   * update arrives or the timeout passes. A newer call ends a held one with 409, as Telegram
   * does when two instances poll.
   */
  poll(request: PollRequest): Poll {
    this.confirm(request.offset)
    this.held?.finish(
      conflict(
        'terminated by other getUpdates request; make sure that only one bot instance is running',
      ),
    )

    const limit = Math.min(Math.max(request.limit ?? 100, 1), 100)
    const batch = this.take(limit)
    if (batch.length > 0 || request.timeoutSeconds <= 0) {
      return { reply: Promise.resolve(ok(batch)), cancel: () => {} }
    }
    return this.hold(limit, request.timeoutSeconds)
  }

  /** Ends a held call with an empty batch. */
  close(): void {
    if (this.wakeUp) clearImmediate(this.wakeUp)
    this.held?.finish(ok([]))
  }

  private hold(limit: number, timeoutSeconds: number): Poll {
    let finish: (reply: ApiReply) => void = () => {}
    const reply = new Promise<ApiReply>((resolve) => {
      const timer = setTimeout(() => finish(ok([])), timeoutSeconds * 1000)
      finish = (answer) => {
        clearTimeout(timer)
        if (this.held === held) this.held = undefined
        resolve(answer)
      }
    })
    const held: Held = { limit, finish: (answer) => finish(answer) }
    this.held = held
    return { reply, cancel: () => finish(ok([])) }
  }

  // Deferred so that updates pushed in one go arrive in one batch.
  private wake(): void {
    if (this.wakeUp) return
    this.wakeUp = setImmediate(() => {
      this.wakeUp = undefined
      const held = this.held
      if (!held) return
      const batch = this.take(held.limit)
      if (batch.length > 0) held.finish(ok(batch))
    })
  }

  private confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return
    if (offset < 0) {
      this.queued = this.queued.slice(offset)
      return
    }
    this.queued = this.queued.filter(
      (item) => item.update.update_id >= offset || (item.raw && !item.delivered),
    )
  }

  private take(limit: number): Update[] {
    const batch = this.queued.slice(0, limit)
    for (const item of batch) item.delivered = true
    return batch.map((item) => item.update)
  }
}
