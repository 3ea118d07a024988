const MINUTE = 60_000
const QUIET_FROM = 21 * 60
const QUIET_UNTIL = 8 * 60

// Building a formatter costs far more than using one: one per zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat | null>()

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    try {
      const options = { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' } as const
      formatters.set(timeZone, new Intl.DateTimeFormat('en-GB', options))
    } catch {
      formatters.set(timeZone, null)
    }
  }
  return formatters.get(timeZone) ?? null
}

/** Minutes since local midnight in the worker's time zone, and the seconds past it. */
function localClock(at: Date, timeZone: string): { minutes: number; restMs: number } {
  const parts = (
    formatterFor(timeZone) ?? (formatterFor('Asia/Shanghai') as Intl.DateTimeFormat)
  ).formatToParts(at)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return { minutes: part('hour') * 60 + part('minute'), restMs: at.getTime() % MINUTE }
}

/** True from 21:00 to 08:00 in the worker's time zone: no messages then. */
export function isQuiet(at: Date, timeZone: string): boolean {
  const { minutes } = localClock(at, timeZone)
  return minutes >= QUIET_FROM || minutes < QUIET_UNTIL
}

/**
 * When a message due at `at` may go out: `at` itself, or 08:00 local time
 * after it when `at` falls in quiet hours. Caveat: a daylight-saving change
 * during the night moves the answer by that hour (Asia/Shanghai has none).
 */
export function deliverableAt(at: Date, timeZone: string): Date {
  if (!isQuiet(at, timeZone)) return at
  const { minutes, restMs } = localClock(at, timeZone)
  const wait = (QUIET_UNTIL - minutes + 24 * 60) % (24 * 60)
  return new Date(at.getTime() + wait * MINUTE - restMs)
}

/** A time zone this runtime knows, else the service default. */
export function knownZone(timeZone: string, fallback = 'Asia/Shanghai'): string {
  return formatterFor(timeZone) ? timeZone : fallback
}
