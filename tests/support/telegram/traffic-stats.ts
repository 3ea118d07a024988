/** What a benchmark reads after a run. */
export interface TrafficStats {
  /** Sends that succeeded. */
  accepted: number
  tooManyRequests: number
  forbidden: number
  serverErrors: number
  /** Accepted sends per chat. */
  perChat: Map<number, number>
  /** Accepted sends in each whole second, counted from the first one. */
  perSecond: number[]
  /** The most accepted sends in any sliding one-second window. */
  peakPerSecond: number
  /** Accepted sends per second between the first and the last one. */
  achievedPerSecond: number
}

export class TrafficCounter {
  private readonly acceptedAt: number[] = []
  private readonly perChat = new Map<number, number>()
  private readonly failures = new Map<number, number>()

  accepted(chatId: number, at: number): void {
    this.acceptedAt.push(at)
    this.perChat.set(chatId, (this.perChat.get(chatId) ?? 0) + 1)
  }

  failed(code: number): void {
    this.failures.set(code, (this.failures.get(code) ?? 0) + 1)
  }

  snapshot(): TrafficStats {
    const times = this.acceptedAt
    const first = times[0] ?? 0
    const spanSeconds = ((times.at(-1) ?? first) - first) / 1000

    const perSecond: number[] = []
    for (const at of times) {
      const second = Math.floor((at - first) / 1000)
      perSecond[second] = (perSecond[second] ?? 0) + 1
    }

    return {
      accepted: times.length,
      tooManyRequests: this.failures.get(429) ?? 0,
      forbidden: this.failures.get(403) ?? 0,
      serverErrors: this.failures.get(500) ?? 0,
      perChat: new Map(this.perChat),
      perSecond: Array.from(perSecond, (count) => count ?? 0),
      peakPerSecond: peak(times),
      achievedPerSecond: spanSeconds > 0 ? (times.length - 1) / spanSeconds : times.length,
    }
  }
}

// Two pointers over sorted times: the widest run inside one second.
function peak(times: number[]): number {
  let best = 0
  let start = 0
  for (let end = 0; end < times.length; end += 1) {
    while ((times[end] as number) - (times[start] as number) >= 1000) start += 1
    best = Math.max(best, end - start + 1)
  }
  return best
}
