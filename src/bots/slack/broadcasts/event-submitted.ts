import type { ViewStateValue } from '@slack/bolt'
import { parseBroadcastText } from '../../../core/campaigns/parse-filter.ts'
import { resolveSegment } from '../../../core/campaigns/resolve-segment.ts'
import { announceEvent, noticeKindOf } from '../../../core/events/announce-event.ts'
import { EVENT_KINDS, type EventKind } from '../../../core/events/create-event.ts'
import type { Listener } from '../listener.ts'
import { parseChinaTime } from './compose-modal.ts'
import { EVENT_CALLBACK } from './event-modal.ts'
import { approvalBlocks } from './progress-blocks.ts'

type Values = Record<string, Record<string, ViewStateValue>>
const STAGES = ['preschool', 'compulsory', 'high_school', 'university']

/**
 * A new event submitted: the invitation goes to its audience at once (or
 * after a second admin's approval when large), reminders are scheduled 24 h
 * and 1 h before, and the admin gets the event id for /attendees.
 */
export const eventSubmitted: Listener = (app, deps) => {
  app.view(EVENT_CALLBACK, async ({ ack, body, view, client }) => {
    const user = body.user.id
    const values = view.state.values as Values
    const read = (block: string) => values[block]?.value?.value?.trim() ?? ''
    const kind = values.kind?.value?.selected_option?.value as EventKind | undefined
    const startsAt = parseChinaTime(read('when'))
    const capacity = read('capacity') ? Number(read('capacity')) : undefined
    const stages = read('stages') ? read('stages').split(/[,\s]+/) : []
    const offer = read('offer') ? Number(read('offer')) : 48
    const filter = parseBroadcastText(`${read('segment')}\nx`)

    const errors: Record<string, string> = {}
    if (!deps.caseworkers.isAdmin(user)) errors.title = 'Only admins can create events.'
    if (!kind || !EVENT_KINDS.includes(kind)) errors.kind = 'Choose a kind.'
    if (!startsAt || startsAt <= deps.now()) errors.when = 'A future time like 2026-07-15 09:00.'
    if (capacity !== undefined && !(Number.isInteger(capacity) && capacity > 0))
      errors.capacity = 'A whole number of places, or empty.'
    if (!stages.every((s) => STAGES.includes(s))) errors.stages = `Only: ${STAGES.join(', ')}.`
    if (!(Number.isInteger(offer) && offer > 0)) errors.offer = 'A whole number of hours.'
    if (!filter.ok) errors.segment = `Cannot read “${filter.part}”.`
    if (Object.keys(errors).length > 0 || !kind || !startsAt || !filter.ok)
      return void (await ack({ response_action: 'errors', errors }))
    await ack()

    const { container } = deps
    const where = read('where')
    const announced = await container.db.prisma.$transaction(async (tx) => {
      const count = (
        await resolveSegment(tx, container.conversation, filter.segment, noticeKindOf(kind))
      ).length
      const inviteNeedsApproval = count > container.config.BROADCAST_APPROVAL_OVER
      const result = await announceEvent(tx, {
        kind,
        title: read('title'),
        startsAt,
        ...(/^https?:\/\//.test(where) ? { link: where } : { place: where }),
        ...(capacity ? { capacity } : {}),
        stages,
        offerHours: offer,
        segment: filter.segment,
        createdBy: `slack:${user}`,
        progressRef: { channel: 'slack', conversation: user },
        inviteNeedsApproval,
      })
      return { ...result, count, inviteNeedsApproval }
    })
    for (const broadcast of announced.broadcasts)
      await container.conversation.campaigns?.scheduleBroadcast(broadcast)

    await client.chat.postMessage({
      channel: user,
      text: `Event created (id ${announced.event.id}): ${announced.count} worker(s) invited${announced.inviteNeedsApproval ? ' once a second admin approves' : ''}. Reminders go 24 h and 1 h before to those who join. /attendees ${announced.event.id} lists sign-ups.`,
    })
    if (!announced.inviteNeedsApproval) return
    const invite = await container.db.prisma.broadcast.findFirstOrThrow({
      where: { eventId: announced.event.id, purpose: 'invite' },
    })
    await client.chat.postMessage({
      channel: deps.channel,
      text: `An invitation to ${announced.count} workers needs a second admin's approval.`,
      blocks: approvalBlocks(invite.id, user, announced.count, read('title')),
    })
  })
}
