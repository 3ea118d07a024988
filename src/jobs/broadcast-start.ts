import { DelayedError } from 'bullmq'
import { z } from 'zod'
import { startBroadcast } from '../core/campaigns/start-broadcast.ts'
import { broadcastProgressJob } from './broadcast-progress.ts'
import { broadcastSendJob } from './broadcast-send.ts'
import { defineJob } from './definition.ts'

const PAUSED_RECHECK_MS = 2_000
const BULK = 1_000
const NOT_YET = ['draft', 'awaiting_approval']

/**
 * Starts a scheduled broadcast at its time: fixes the recipients in
 * PostgreSQL, then adds one send job per range and the first progress report.
 * Job ids are derived from the broadcast and the range, so a retry after a
 * crash adds nothing twice. A broadcast paused before it began waits.
 */
export const broadcastStartJob = defineJob({
  queue: 'broadcasts',
  name: 'start',
  payload: z.object({ broadcastId: z.uuid() }),
  async process(job, { container, now, token }) {
    const { config } = container
    const started = await container.db.prisma.$transaction(
      (tx) =>
        startBroadcast(tx, container.conversation, {
          broadcastId: job.data.broadcastId,
          now: now(),
        }),
      { maxWait: 30_000, timeout: 300_000 },
    )
    if (!started.ok && started.status === 'paused') {
      await job.moveToDelayed(Date.now() + PAUSED_RECHECK_MS, token)
      throw new DelayedError()
    }
    // Added inside the transaction that schedules it: not committed yet, so try again.
    if (!started.ok && (started.code === 'not_found' || NOT_YET.includes(started.status ?? '')))
      throw new Error(`broadcast ${job.data.broadcastId} not scheduled yet; retrying`)
    if (!started.ok) return { skipped: started.code, status: started.status }

    const { id, total } = started.broadcast
    const chunk = config.BROADCAST_CHUNK
    const sends = Array.from({ length: Math.ceil(total / chunk) }, (_, k) => ({
      name: broadcastSendJob.name,
      data: broadcastSendJob.payload.parse({
        broadcastId: id,
        from: k * chunk + 1,
        to: Math.min((k + 1) * chunk, total),
      }),
      opts: {
        jobId: `bs_${id}_${k}`,
        attempts: 30,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: true,
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    }))
    const queue = container.jobs.queue(broadcastSendJob.queue)
    for (let start = 0; start < sends.length; start += BULK)
      await queue.addBulk(sends.slice(start, start + BULK))

    await container.jobs.add(
      broadcastProgressJob,
      { broadcastId: id, tick: 0 },
      { jobId: `bp:${id}:0` },
    )
    container.log.info({ broadcastId: id, total }, 'broadcast started')
    return { total, jobs: sends.length }
  },
})
