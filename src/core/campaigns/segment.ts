import { z } from 'zod'
import { LOCALES } from '../i18n/translator.ts'
import { factsSchema } from '../screening/facts.ts'

const facts = factsSchema.shape
const illness = facts.illness.unwrap().element
const stage = facts.schoolStages.unwrap().element

/** The kinds of notice a worker can turn on or off. */
export const NOTICE_KINDS = ['health_talk', 'event', 'campaign', 'policy_news'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/**
 * Who a broadcast or event is for. Every condition given must hold; a list
 * means "any of". `attendeesOf` picks the confirmed sign-ups of an event
 * (reminders), `workerIds` exact workers (an admin's test send).
 */
export const segmentSchema = z
  .object({
    programmes: z.array(z.string().min(1)),
    applicationStatuses: z.array(z.string().min(1)),
    illness: z.array(illness),
    withChildren: z.boolean(),
    schoolStages: z.array(stage),
    locales: z.array(z.enum(LOCALES)),
    attendeesOf: z.uuid(),
    workerIds: z.array(z.uuid()),
  })
  .partial()

export type Segment = z.infer<typeof segmentSchema>

/** Conditions that need a worker's (encrypted) answers, not just their row. */
export function needsFacts(segment: Segment): boolean {
  return Boolean(
    segment.programmes?.length ||
      segment.illness?.length ||
      segment.withChildren !== undefined ||
      segment.schoolStages?.length,
  )
}
