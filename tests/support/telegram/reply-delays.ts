/** Replies held back by `hang`, released early when the server closes. */
export class ReplyDelays {
  private readonly pending = new Set<() => void>()

  wait(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve()

    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer)
        this.pending.delete(release)
        resolve()
      }
      const timer = setTimeout(release, ms)
      this.pending.add(release)
    })
  }

  releaseAll(): void {
    for (const release of this.pending) release()
  }
}
