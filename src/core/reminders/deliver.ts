import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { Forms } from '../applications/form-schema.ts'
import type { Tx } from '../db/types.ts'
import type { Messenger } from '../notifications/messenger.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import { composeReminder } from './compose.ts'
import { decideReminder, type ReminderContext } from './decide.ts'
import { type LoadedReminder, lockDueReminders, lockReminder } from './load.ts'
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
    const delivery = await judge(tx, deps, reminder, now)
    await record(tx, [{ id: reminder.id, delivery }], now)
    return delivery
  })
}

export type DueDeliveries = { claimed: number; sent: number }

/**
 * Delivers, exactly once, up to `limit` reminders whose queued time has
 * come, in one transaction, as `deliverReminder` does one: the messages and
 * the rows' new state commit together or not at all. A few statements for
 * the whole batch instead of a transaction per reminder is what lets one
 * worker keep up with reminders falling due by the hundred each second.
 * Pacing is the caller's, before the batch: nothing waits while the rows
 * are locked.
 */
export async function deliverDueReminders(
  deps: DeliverDeps,
  limit: number,
): Promise<DueDeliveries> {
  return deps.prisma.$transaction(async (tx) => {
    const now = deps.now()
    const reminders = await lockDueReminders(tx, now, limit)
    const outcomes: Outcome[] = []
    for (const reminder of reminders)
      outcomes.push({ id: reminder.id, delivery: await judge(tx, deps, reminder, now) })
    await record(tx, outcomes, now)
    const sent = outcomes.filter((one) => one.delivery.outcome === 'sent').length
    return { claimed: reminders.length, sent }
  })
}

type Outcome = { id: string; delivery: Delivery }

/** Decides a locked, unsent reminder and queues its message if it goes out; the row is left to `record`. */
async function judge(tx: Tx, deps: DeliverDeps, reminder: LoadedReminder, now: Date) {
  const context = await contextOf(tx, reminder)
  const decision = decideReminder(reminder, context, now)
  if (decision.action === 'defer') return { outcome: 'deferred', until: decision.until } as const
  if (decision.action === 'drop') return { outcome: 'dropped', reason: decision.reason } as const

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
    return { outcome: 'dropped', reason: 'unreachable' } as const
  return { outcome: 'sent' } as const
}

/**
 * Writes what became of each row, one statement per outcome. A deferral
 * clears `queued_at` and `deliver_at` so the next pass queues it again for
 * when quiet hours end, and no claim picks it up before then.
 */
async function record(tx: Tx, outcomes: Outcome[], now: Date): Promise<void> {
  const at = now.toISOString()
  const sent = outcomes.filter((one) => one.delivery.outcome === 'sent').map((one) => one.id)
  const deferred = outcomes
    .filter((one) => one.delivery.outcome === 'deferred')
    .map((one) => one.id)
  const dropped = outcomes.flatMap((one) =>
    one.delivery.outcome === 'dropped' ? [{ id: one.id, reason: one.delivery.reason }] : [],
  )
  if (sent.length > 0)
    await tx.$executeRaw`UPDATE reminders SET sent_at = ${at}::timestamp WHERE id = ANY(${sent}::text[])`
  if (deferred.length > 0)
    await tx.$executeRaw`UPDATE reminders SET queued_at = NULL, deliver_at = NULL WHERE id = ANY(${deferred}::text[])`
  if (dropped.length > 0) {
    const ids = dropped.map((one) => one.id)
    const reasons = dropped.map((one) => one.reason)
    await tx.$executeRaw`
      UPDATE reminders r SET dropped_at = ${at}::timestamp, drop_reason = d.reason
      FROM unnest(${ids}::text[], ${reasons}::text[]) AS d(id, reason)
      WHERE r.id = d.id`
  }
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
