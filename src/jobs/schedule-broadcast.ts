import type { Container } from '../core/container.ts'
import { broadcastStartJob } from './broadcast-start.ts'

/** Adds the start job of a broadcast now scheduled, delayed to its time; adding twice is a no-op. */
export async function scheduleBroadcast(
  container: Container,
  broadcast: { id: string; scheduledAt: Date | null },
  now: Date,
): Promise<void> {
  const delay = Math.max(0, (broadcast.scheduledAt?.getTime() ?? 0) - now.getTime())
  await container.jobs.add(
    broadcastStartJob,
    { broadcastId: broadcast.id },
    { jobId: `bb:${broadcast.id}`, delay },
  )
}
