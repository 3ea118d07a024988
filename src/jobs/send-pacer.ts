import type { Container } from '../core/container.ts'

const pacers = new WeakMap<Container, SendPacer>()
const WINDOW_MS = 1000
/** The part of a second over which a second's sends are spread. */
const SPREAD = 0.8

/**
 * A guard in each worker process: no more than `perSecond` sends in any
 * second as Telegram counts them. Telegram counts a request when it arrives,
 * which is some time after it left and before its answer came back; so a send
 * holds its place in the window from the moment it leaves until one second
 * after its answer. However late a timer fires or a reply is delayed, the
 * sends Telegram sees never bunch over the cap, and no slack on the rate is
 * needed for jitter: the cost is one round trip per second. Sends are also
 * spread evenly over most of the second, as bursts would queue at Telegram
 * and make that round trip longer; not over all of it, so that the jobs of
 * one limiter window are done before the next window opens (BullMQ notices
 * a window has reopened only once its worker is idle or a job ends).
 */
export class SendPacer {
  /** When the answers to the last sends came back, oldest first. */
  private readonly answered: number[] = []
  private inFlight = 0
  private queue: Promise<void> = Promise.resolve()
  private heldUntil = 0
  private nextAt = 0
  private released: () => void = () => {}

  /** `perSecond` 0: no cap, only holds. */
  constructor(private readonly perSecond: number) {}

  /** Telegram said 429: nothing more leaves this process for `ms`, even sends already queued. */
  hold(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, Date.now() + ms)
  }

  /** When a hold for a 429 ends; 0 or past when none is on. */
  get holdEnds(): number {
    return this.heldUntil
  }

  /** Makes `call` once it may leave, in the order asked; it counts until a second after it is answered. */
  async send<T>(call: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(() => this.wait())
    this.queue = turn
    await turn
    try {
      return await call()
    } finally {
      this.inFlight -= 1
      if (this.perSecond > 0) this.answered.push(Date.now())
      this.released()
    }
  }

  /**
   * Takes a place for a message another process sends (the bot's outbox, for reminders): it
   * counts against the cap from now until a second from now.
   */
  slot(): Promise<void> {
    return this.send(async () => {})
  }

  private async wait(): Promise<void> {
    // Re-checked after every wait: a 429 may arrive while this send waits its turn.
    for (let ms = this.delay(); ms > 0; ms = this.delay()) {
      const answer = new Promise<void>((resolve) => {
        this.released = resolve
      })
      let timer: NodeJS.Timeout | undefined
      const elapsed = new Promise<void>((resolve) => {
        if (Number.isFinite(ms)) timer = setTimeout(resolve, Math.ceil(ms))
      })
      await Promise.race([answer, elapsed])
      clearTimeout(timer)
    }
    this.inFlight += 1
    if (this.perSecond === 0) return
    // Kept to the even beat: a send a little late leaves the next one less to wait.
    const spacing = (WINDOW_MS * SPREAD) / this.perSecond
    this.nextAt = Math.max(this.nextAt, Date.now() - spacing / 2) + spacing
  }

  /** How long the next send must wait; Infinity: until a send in flight is answered. */
  private delay(): number {
    const now = Date.now()
    const held = this.heldUntil - now
    if (this.perSecond === 0) return held
    while (this.answered.length > 0 && (this.answered[0] as number) <= now - WINDOW_MS)
      this.answered.shift()
    const beat = Math.max(held, this.nextAt - now)
    const over = this.inFlight + this.answered.length - this.perSecond
    if (over < 0) return beat
    const freed = this.answered[over]
    return Math.max(beat, freed === undefined ? Number.POSITIVE_INFINITY : freed + WINDOW_MS - now)
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
