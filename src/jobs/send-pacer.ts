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

  constructor(private readonly perSecond: number) {}

  /** Resolves when one more send may leave now. */
  slot(): Promise<void> {
    const turn = this.queue.then(() => this.wait())
    this.queue = turn
    return turn
  }

  private async wait(): Promise<void> {
    if (this.sent.length >= this.perSecond) {
      const oldest = this.sent[this.sent.length - this.perSecond] as number
      const ms = oldest + 1000 + MARGIN_MS - Date.now()
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
    }
    this.sent.push(Date.now())
    if (this.sent.length > this.perSecond * 4)
      this.sent.splice(0, this.sent.length - this.perSecond)
  }
}

/** The pacer of this process, or none when the cap is lifted. */
export function pacerFor(container: Container): SendPacer | undefined {
  const rate = Math.floor(container.config.BROADCAST_RATE_PER_SECOND)
  if (rate <= 0) return undefined
  let pacer = pacers.get(container)
  if (!pacer) {
    pacer = new SendPacer(rate)
    pacers.set(container, pacer)
  }
  return pacer
}
