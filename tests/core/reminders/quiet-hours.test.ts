import { describe, expect, it } from 'vitest'
import { decideReminder } from '../../../src/core/reminders/decide.ts'
import { deliverableAt, isQuiet } from '../../../src/core/reminders/quiet-hours.ts'

const SHANGHAI = 'Asia/Shanghai'

describe('quiet hours', () => {
  it('keep a reminder due at 21:30 or 03:00 in Shanghai until 08:00 there', () => {
    expect(deliverableAt(new Date('2026-12-07T13:30:00Z'), SHANGHAI).toISOString()).toBe(
      '2026-12-08T00:00:00.000Z',
    )
    expect(deliverableAt(new Date('2026-12-07T19:00:42Z'), SHANGHAI).toISOString()).toBe(
      '2026-12-08T00:00:00.000Z',
    )
  })

  it('let a reminder due at 08:00 or 20:59 go at once', () => {
    const eight = new Date('2026-12-08T00:00:00Z')
    const late = new Date('2026-12-07T12:59:00Z')
    expect(deliverableAt(eight, SHANGHAI)).toEqual(eight)
    expect(deliverableAt(late, SHANGHAI)).toEqual(late)
  })

  it("follow the worker's own time zone", () => {
    // 03:00 in Shanghai is 20:00 the evening before in Berlin: not quiet there.
    expect(isQuiet(new Date('2026-12-07T19:00:00Z'), 'Europe/Berlin')).toBe(false)
    expect(isQuiet(new Date('2026-12-07T19:00:00Z'), SHANGHAI)).toBe(true)
  })
})

describe('a due reminder', () => {
  const draft = { kind: 'draft_idle', basis: '1765072800000', stage: 1 }
  const lastStep = new Date(1765072800000)
  const context = {
    timeZone: SHANGHAI,
    optedOut: false,
    application: { status: 'draft', lastActivityAt: lastStep },
    request: null,
    event: null,
  }
  const noon = new Date(lastStep.getTime() + 24 * 3600 * 1000)

  it('is sent while its draft is untouched', () => {
    expect(decideReminder(draft, context, noon)).toEqual({ action: 'send' })
  })

  it('is dropped once the worker took another step on the draft', () => {
    const moved = { ...context, application: { status: 'draft', lastActivityAt: noon } }
    expect(decideReminder(draft, moved, noon)).toEqual({ action: 'drop', reason: 'worker_active' })
  })

  it('is dropped when the 72-hour reminder is already due, so an outage never sends both', () => {
    const later = new Date(lastStep.getTime() + 73 * 3600 * 1000)
    expect(decideReminder(draft, context, later)).toEqual({ action: 'drop', reason: 'overtaken' })
  })

  it('still announces a status change to a worker who turned reminders off', () => {
    const notice = { kind: 'status_change', basis: '7', stage: 1 }
    const optedOut = { ...context, optedOut: true, event: { toStatus: 'approved' } }
    expect(decideReminder(notice, optedOut, noon)).toEqual({ action: 'send' })
  })
})
