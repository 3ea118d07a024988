export type OfficeHours = { hours: string; days: string; timeZone: string }

export type OfficeStatus =
  | { open: true }
  | { open: false; weekday: number; time: string; inDays: number }

/**
 * Whether caseworkers are at work now and, if not, when they next are:
 * weekday (1 = Monday … 7 = Sunday) and time in the office's time zone,
 * and how many days ahead that is.
 */
export function officeStatus(now: Date, office: OfficeHours): OfficeStatus {
  const [start = '09:00', end = '18:00'] = office.hours.split('-')
  const [first = 1, last = 5] = office.days.split('-').map(Number)
  const local = localClock(now, office.timeZone)
  const isWorkday = (weekday: number) => weekday >= first && weekday <= last

  if (isWorkday(local.weekday) && local.time >= start && local.time < end) return { open: true }
  for (let inDays = 0; inDays <= 7; inDays++) {
    const weekday = ((local.weekday - 1 + inDays) % 7) + 1
    if (!isWorkday(weekday)) continue
    if (inDays === 0 && local.time >= start) continue
    return { open: false, weekday, time: start, inDays }
  }
  return { open: false, weekday: first, time: start, inDays: 7 }
}

function localClock(now: Date, timeZone: string): { weekday: number; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1
  return { weekday, time: `${part('hour')}:${part('minute')}` }
}
