import { z } from 'zod'
import { deliverReminder } from '../../core/reminders/deliver.ts'
import { defineJob } from '../definition.ts'

/** Delivers one reminder row; the job id is the row's id. */
export const deliverReminderJob = defineJob({
  queue: 'reminders',
  name: 'deliver',
  payload: z.object({ reminderId: z.string().min(1) }),
  process(job, { container, now }) {
    const { db, messenger, policy, forms } = container
    return deliverReminder(
      { prisma: db.prisma, messenger, policy, forms, now },
      job.data.reminderId,
    )
  },
})
