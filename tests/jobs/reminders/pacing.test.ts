import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../../support/telegram-harness.ts'
import { seedIdleDrafts } from './seed.ts'
import { type ReminderRig, startReminderRig, stopReminderRig, testClock } from './support.ts'

// 10:00 in Shanghai.
const clock = testClock('2026-12-07T02:00:00Z')
const RATE = 4
const DRAFTS = 12
const FIRST_CHAT = 7_000_000
let harness: Harness
let rig: ReminderRig

beforeAll(async () => {
  ;({ harness, rig } = await startReminderRig(clock.now, {
    BROADCAST_RATE_PER_SECOND: String(RATE),
  }))
})

afterAll(() => stopReminderRig({ harness, rig }))

describe('many reminders falling due at the same moment (08:00 after quiet hours)', () => {
  it('reach Telegram once each and no faster than the send rate allows', async () => {
    await seedIdleDrafts(harness.db, {
      count: DRAFTS,
      firstChat: FIRST_CHAT,
      idleSince: () => new Date(clock.now().getTime() - 25 * 3600 * 1000),
      zone: 'Asia/Shanghai',
    })
    await rig.tick()

    const received = Array.from({ length: DRAFTS }, (_, i) => harness.api.messages(FIRST_CHAT + i))
    expect(received.map((messages) => messages.length)).toEqual(Array(DRAFTS).fill(1))
    const times = received.map((messages) => messages[0]?.time ?? 0).sort((a, b) => a - b)
    // A message and the RATE-th after it are a second apart, less the bot's sweep interval.
    for (let i = RATE; i < times.length; i++)
      expect((times[i] as number) - (times[i - RATE] as number)).toBeGreaterThan(800)
  }, 30_000)
})
