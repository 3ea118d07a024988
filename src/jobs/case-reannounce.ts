import { z } from 'zod'
import { recordCaseEvent } from '../core/cases/record-event.ts'
import { defineJob } from './definition.ts'

/**
 * The SLA of an unclaimed case ran out: marks it for the Slack side to
 * announce again and schedules the next round. A claimed or closed case
 * ends the chain.
 */
export const reannounceJob = defineJob({
  queue: 'casework',
  name: 'case.reannounce',
  payload: z.object({ caseId: z.uuid(), round: z.number().int().min(1) }),
  async process(job, { container, now }) {
    const { caseId, round } = job.data
    const due = await container.db.prisma.$transaction(async (tx) => {
      const changed = await tx.case.updateMany({
        where: { id: caseId, status: 'unclaimed' },
        data: { announceDue: true, announcements: round },
      })
      if (changed.count === 0) return undefined
      await recordCaseEvent(tx, {
        caseId,
        actor: 'system',
        action: 'case.reannounced',
        detail: String(round),
        at: now(),
      })
      return tx.case.findUnique({ where: { id: caseId } })
    })
    if (!due) return { announced: false }

    const { CASE_SLA_MINUTES, CASE_URGENT_SLA_MINUTES } = container.config
    const minutes = due.urgent ? CASE_URGENT_SLA_MINUTES : CASE_SLA_MINUTES
    const next = round + 1
    await container.jobs.add(
      reannounceJob,
      { caseId, round: next },
      { jobId: `case:${caseId}:announce:${next}`, delay: minutes * 60_000 },
    )
    return { announced: true }
  },
})
