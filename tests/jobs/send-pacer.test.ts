import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SendPacer } from '../../src/jobs/send-pacer.ts'

/** Sends through the pacer; each is answered `answerMs` after it leaves. Returns when each left. */
function sendAll(pacer: SendPacer, count: number, answerMs: (i: number) => number = () => 0) {
  const left: number[] = []
  const done = Array.from({ length: count }, (_, i) =>
    pacer.send(async () => {
      left.push(Date.now())
      await new Promise((resolve) => setTimeout(resolve, answerMs(i)))
    }),
  )
  return { left, done: Promise.all(done) }
}

describe('the send pacer of a worker process', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('spreads a second’s sends out instead of sending them in one burst', async () => {
    const { left, done } = sendAll(new SendPacer(5), 5)
    await vi.runAllTimersAsync()
    await done

    expect(left).toEqual([0, 160, 320, 480, 640])
  })

  it('keeps a slowly answered send in the count until a second after its answer', async () => {
    // Telegram may have counted the first send as late as its answer, 600 ms after it left.
    const { left, done } = sendAll(new SendPacer(1), 2, (i) => (i === 0 ? 600 : 0))
    await vi.runAllTimersAsync()
    await done

    expect(left).toEqual([0, 1600])
  })

  it('sends nothing more during a 429’s retry_after, even what was already waiting', async () => {
    const pacer = new SendPacer(30)
    const { left, done } = sendAll(pacer, 3)
    pacer.hold(1000)
    await vi.runAllTimersAsync()
    await done

    expect(left.every((at) => at >= 1000)).toBe(true)
  })

  it('with the cap lifted sends everything at once', async () => {
    const { left, done } = sendAll(new SendPacer(0), 50)
    await vi.runAllTimersAsync()
    await done

    expect(new Set(left)).toEqual(new Set([0]))
  })
})
