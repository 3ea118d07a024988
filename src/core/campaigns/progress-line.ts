import type { Text } from '../../flows/types.ts'
import type { Progress } from './progress.ts'

/**
 * The admin's progress message: sent, failed, remaining and, while sending,
 * when it should finish at the rate so far (or the configured cap at first).
 */
export function progressLine(
  progress: Progress,
  status: string,
  input: { id: string; startedAt: Date | null; now: Date; ratePerSecond: number },
): Text {
  const elapsed = input.startedAt ? (input.now.getTime() - input.startedAt.getTime()) / 1000 : 0
  const done = progress.sent + progress.failed + progress.skipped
  const rate = done > 0 && elapsed > 1 ? done / elapsed : input.ratePerSecond || 30
  const etaMinutes = Math.ceil(progress.remaining / rate / 60)
  return {
    key: 'broadcast-progress',
    args: {
      id: input.id,
      status,
      total: progress.total,
      sent: progress.sent,
      failed: progress.failed,
      skipped: progress.skipped,
      remaining: progress.remaining,
      eta: etaMinutes,
    },
  }
}
