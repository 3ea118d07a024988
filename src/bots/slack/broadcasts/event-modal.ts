import type { View } from '@slack/types'
import { EVENT_KINDS } from '../../../core/events/create-event.ts'

export const EVENT_CALLBACK = 'event.create'

const LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
  health_talk: 'Health talk 健康知识讲堂',
  sharing_session: 'Sharing session 励志助学分享会',
  checkup_day: 'Check-up day 体检日',
  camp: 'Summer camp 暑期夏令营',
  tutoring: 'Tutoring class 辅导班',
}

/** The event modal: kind, title, time, place or link, places, school stages, audience. */
export function eventModal(): View {
  const text = (block: string, label: string, optional = false) => ({
    type: 'input',
    block_id: block,
    optional,
    label: { type: 'plain_text', text: label },
    element: { type: 'plain_text_input', action_id: 'value' },
  })
  return {
    type: 'modal',
    callback_id: EVENT_CALLBACK,
    title: { type: 'plain_text', text: 'New event' },
    submit: { type: 'plain_text', text: 'Create and invite' },
    blocks: [
      {
        type: 'input',
        block_id: 'kind',
        label: { type: 'plain_text', text: 'Kind' },
        element: {
          type: 'static_select',
          action_id: 'value',
          options: EVENT_KINDS.map((kind) => ({
            text: { type: 'plain_text', text: LABELS[kind] },
            value: kind,
          })),
        },
      },
      text('title', 'Title (as workers will see it)'),
      text('when', 'Starts (YYYY-MM-DD HH:mm, China time)'),
      text('where', 'Place or online link'),
      text('capacity', 'Places (empty: no limit)', true),
      text('stages', 'School stages (camps: preschool, compulsory, high_school, university)', true),
      text('segment', 'Audience filters, as in /broadcast (empty: everyone subscribed)', true),
      text('offer', 'Hours to accept a place offered from the waiting list (default 48)', true),
    ],
  } as View
}
