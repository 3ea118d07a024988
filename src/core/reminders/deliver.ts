import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { Forms } from '../applications/form-schema.ts'
import type { Tx } from '../db/types.ts'
import type { Messenger } from '../notifications/messenger.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import { composeReminder } from './compose.ts'
import { decideReminder, type ReminderContext } from './decide.ts'
import { type LoadedReminder, lockReminder } from './load.ts'
import { knownZone } from './quiet-hours.ts'

export type DeliverDeps = {
  prisma: PrismaClient
  messenger: Messenger
  policy: Policy
  forms: Forms
  now: () => Date
}

export type Delivery =
  | { outcome: 'sent' }
  | { outcome: 'already_done' }
  | { outcome: 'gone' }
  | { outcome: 'dropped'; reason: string }
  | { outcome: 'deferred'; until: Date }

/**
 * Delivers one reminder exactly once. In one transaction: lock the row,
 * judge its reason, queue the message through the messenger (the outbox the
 * bot sends from) and set `sent_at`. A crash before commit leaves the row
 * unsent for the retry; after commit the row says sent and a second run
 * does nothing. A deferral clears `queued_at` so planning queues it again
 * when quiet hours end.
 */
export async function deliverReminder(deps: DeliverDeps, reminderId: string): Promise<Delivery> {
  return deps.prisma.$transaction(async (tx) => {
    const reminder = await lockReminder(tx, reminderId)
    if (!reminder) return { outcome: 'gone' }
    if (reminder.sentAt || reminder.droppedAt) return { outcome: 'already_done' }

    const now = deps.now()
    const context = await contextOf(tx, reminder)
    const decision = decideReminder(reminder, context, now)
    if (decision.action === 'defer') {
      await tx.reminder.update({ where: { id: reminder.id }, data: { queuedAt: null } })
      return { outcome: 'deferred', until: decision.until }
    }
    if (decision.action === 'drop') return drop(tx, reminder.id, now, decision.reason)

    const reply = composeReminder(
      {
        kind: reminder.kind,
        locale: reminder.worker.locale === 'en' ? 'en' : 'zh-CN',
        programmeId: reminder.application.programmeId,
        reference: reminder.application.reference,
        documents: await documentsNamed(tx, reminder, context),
        ...(context.event ? { status: context.event.toStatus } : {}),
      },
      deps.policy,
      deps.forms,
    )
    if (!(await deps.messenger.queue(tx, reminder.worker, reply)))
      return drop(tx, reminder.id, now, 'unreachable')
    await tx.$executeRaw`UPDATE reminders SET sent_at = ${now.toISOString()}::timestamp WHERE id = ${reminder.id}`
    return { outcome: 'sent' }
  })
}

async function contextOf(tx: Tx, reminder: LoadedReminder): Promise<ReminderContext> {
  const request =
    reminder.kind === 'document_request'
      ? await tx.documentRequest.findUnique({ where: { id: reminder.basis } })
      : null
  const event =
    reminder.kind === 'status_change'
      ? await tx.applicationEvent.findUnique({ where: { id: BigInt(reminder.basis) } })
      : null
  return {
    timeZone: knownZone(reminder.worker.timezone),
    optedOut: reminder.optedOut,
    application: reminder.application,
    request,
    event,
  }
}

async function documentsNamed(tx: Tx, reminder: LoadedReminder, context: ReminderContext) {
  if (context.request) return [context.request.docType]
  if (context.event?.toStatus !== 'needs_info') return []
  const open = await tx.documentRequest.findMany({
    where: { applicationId: reminder.applicationId, fulfilledAt: null },
    orderBy: { requestedAt: 'asc' },
  })
  return [...new Set(open.map((request) => request.docType))]
}

async function drop(tx: Tx, id: string, at: Date, reason: string): Promise<Delivery> {
  await tx.reminder.update({ where: { id }, data: { droppedAt: at, dropReason: reason } })
  return { outcome: 'dropped', reason }
}
