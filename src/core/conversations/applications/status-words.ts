import type { Turn } from '../turn.ts'

/** An application status as the worker reads it: "已提交", "submitted". */
export function statusWord(turn: Turn, status: string): string {
  return turn.t(`app-status-${status}`)
}

/** A date on the worker's own calendar, as YYYY-MM-DD. */
export function dayOf(turn: Turn, at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: turn.worker.timezone }).format(at)
}
