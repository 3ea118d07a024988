import type { Container } from '../core/container.ts'

const pacers = new WeakMap<Container, SendPacer>()
const MARGIN_MS = 25

/**
 * A last guard in each worker process: no more than `perSecond` sends leave
 * in any second plus a small margin, by the times they really left. BullMQ's
 * limiter spaces jobs across processes; this keeps a late timer or a slow
 * query in this process from bunching two jobs' sends into a 429.
 */
export class SendPacer {
  private readonly sent: number[] = []
  private queue: Promise<void> = Promise.resolve()
  private heldUntil = 0

  /** `perSecond` 0: no cap, only holds. */
  constructor(private readonly perSecond: number) {}

  /** Telegram said 429: nothing more leaves this process for `ms`, even sends already queued. */
  hold(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, Date.now() + ms)
  }

  /** Resolves when one more send may leave now. */
  slot(): Promise<void> {
    const turn = this.queue.then(() => this.wait())
    this.queue = turn
    return turn
  }

  private async wait(): Promise<void> {
    // Re-checked after every wait: a 429 may arrive while this send waits its turn.
    for (let ms = this.delay(); ms > 0; ms = this.delay())
      await new Promise((resolve) => setTimeout(resolve, ms))
    if (this.perSecond === 0) return
    this.sent.push(Date.now())
    if (this.sent.length > this.perSecond * 4)
      this.sent.splice(0, this.sent.length - this.perSecond)
  }

  private delay(): number {
    const now = Date.now()
    const held = this.heldUntil - now
    if (this.perSecond === 0 || this.sent.length < this.perSecond) return held
    const oldest = this.sent[this.sent.length - this.perSecond] as number
    return Math.max(held, oldest + 1000 + MARGIN_MS - now)
  }
}

/** The pacer of this process; with the cap lifted it only honours holds. */
export function pacerFor(container: Container): SendPacer {
  const rate = Math.max(0, Math.floor(container.config.BROADCAST_RATE_PER_SECOND))
  let pacer = pacers.get(container)
  if (!pacer) {
    pacer = new SendPacer(rate)
    pacers.set(container, pacer)
  }
  return pacer
}
