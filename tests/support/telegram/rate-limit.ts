import { type ApiFailure, tooManyRequests } from './api-reply.ts'

/** Timestamps of accepted sends within the last second. */
class SlidingWindow {
  private readonly stamps: number[] = []

  constructor(private readonly limit: number) {}

  /** Whole seconds until a slot frees (at least 1), or 0 when one is free now. */
  secondsToWait(now: number): number {
    while (this.stamps.length > 0 && (this.stamps[0] as number) <= now - 1000) this.stamps.shift()
    if (this.stamps.length < this.limit) return 0
    return Math.max(1, Math.ceil(((this.stamps[0] as number) + 1000 - now) / 1000))
  }

  add(now: number): void {
    this.stamps.push(now)
  }
}

export interface RateOptions {
  ratePerSecond?: number
  perChatPerSecond?: number
}

/** Telegram's flood control, as a cap on sends overall and per chat in any one second. */
export class RateCap {
  private readonly overall: SlidingWindow | undefined
  private readonly chats = new Map<number, SlidingWindow>()

  constructor(private readonly options: RateOptions) {
    this.overall = options.ratePerSecond ? new SlidingWindow(options.ratePerSecond) : undefined
  }

  /** A 429 with `retry_after` when this send would go over a cap. */
  check(chatId: number, now: number): ApiFailure | undefined {
    const wait = Math.max(
      this.overall?.secondsToWait(now) ?? 0,
      this.chat(chatId)?.secondsToWait(now) ?? 0,
    )
    return wait > 0 ? tooManyRequests(wait) : undefined
  }

  accept(chatId: number, now: number): void {
    this.overall?.add(now)
    this.chat(chatId)?.add(now)
  }

  private chat(chatId: number): SlidingWindow | undefined {
    const limit = this.options.perChatPerSecond
    if (!limit) return undefined

    let window = this.chats.get(chatId)
    if (!window) {
      window = new SlidingWindow(limit)
      this.chats.set(chatId, window)
    }
    return window
  }
}
