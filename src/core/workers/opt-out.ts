import type { Tx } from '../db/types.ts'

/**
 * A worker's "no more reminders" choice. It stops reminders about idle
 * drafts and requested documents; notices about a change in their own case
 * still reach them. Kept apart from general notice preferences so the two
 * can be joined later.
 */
export async function optOutOfReminders(tx: Tx, workerId: string, at: Date): Promise<void> {
  await tx.reminderOptOut.upsert({
    where: { workerId },
    create: { workerId, optedOutAt: at },
    update: {},
  })
}

export async function optInToReminders(tx: Tx, workerId: string): Promise<void> {
  await tx.reminderOptOut.deleteMany({ where: { workerId } })
}

export async function hasOptedOutOfReminders(tx: Tx, workerId: string): Promise<boolean> {
  return (await tx.reminderOptOut.findUnique({ where: { workerId } })) !== null
}
