import { z } from 'zod'
import type { ProgressRef } from '../core/campaigns/compose-broadcast.ts'
import { broadcastProgress } from '../core/campaigns/progress.ts'
import { progressLine } from '../core/campaigns/progress-line.ts'
import type { Container } from '../core/container.ts'
import { defineJob } from './definition.ts'
import { reportProgress } from './progress-reporters.ts'

/**
 * Brings the admin's progress message up to date, in place, every
 * BROADCAST_PROGRESS_MS until nothing remains; then marks the broadcast
 * finished and logs its totals. Each tick schedules the next under its own id.
 */
export const broadcastProgressJob = defineJob({
  queue: 'broadcasts',
  name: 'progress',
  payload: z.object({ broadcastId: z.uuid(), tick: z.number().int().min(0) }),
  async process(job, { container, now }) {
    const { db, config } = container
    const { broadcastId, tick } = job.data
    const broadcast = await db.prisma.broadcast.findUniqueOrThrow({ where: { id: broadcastId } })
    const progress = await broadcastProgress(db.prisma, broadcastId)

    const over = progress.remaining === 0 || broadcast.status === 'cancelled'
    let status = broadcast.status
    if (progress.remaining === 0 && ['sending', 'paused'].includes(status)) {
      status = 'finished'
      await db.prisma.broadcast.update({
        where: { id: broadcastId },
        data: { status, finishedAt: now() },
      })
      container.log.info({ broadcastId, ...progress }, 'broadcast finished')
    }

    const line = progressLine(progress, status, {
      id: broadcastId,
      startedAt: broadcast.startedAt,
      now: now(),
      ratePerSecond: config.BROADCAST_RATE_PER_SECOND,
    })
    await report(container, broadcastId, broadcast.progressRef as ProgressRef | null, line)
    if (over) return { ...progress, status }

    await container.jobs.add(
      broadcastProgressJob,
      { broadcastId, tick: tick + 1 },
      { jobId: `bp:${broadcastId}:${tick + 1}`, delay: config.BROADCAST_PROGRESS_MS },
    )
    return progress
  },
})

async function report(
  container: Container,
  broadcastId: string,
  ref: ProgressRef | null,
  line: Parameters<typeof reportProgress>[2],
): Promise<void> {
  if (!ref) return
  // A progress message that cannot be posted must not stop the broadcast finishing.
  const updated = await reportProgress(container, ref, line).catch((error: unknown) => {
    container.log.warn({ err: error, broadcastId }, 'broadcast progress not posted')
    return ref
  })
  if (JSON.stringify(updated) !== JSON.stringify(ref))
    await container.db.prisma.broadcast.update({
      where: { id: broadcastId },
      data: { progressRef: updated },
    })
}
