/** The review stages a programme's chain is made of, always in this order. */
export const reviewStages = ['initial_review', 'home_visit', 'public_notice'] as const

export const applicationStatuses = [
  'draft',
  'submitted',
  ...reviewStages,
  'needs_info',
  'approved',
  'rejected',
  'paid',
  'withdrawn',
] as const

export type ReviewStage = (typeof reviewStages)[number]
export type ApplicationStatus = (typeof applicationStatuses)[number]

/** Statuses after which nothing but payment (of an approval) can follow. */
export const decidedStatuses: readonly ApplicationStatus[] = [
  'approved',
  'rejected',
  'paid',
  'withdrawn',
]

/** Statuses of an application still in progress: it blocks a second one for the programme. */
export function isOpen(status: string): boolean {
  return !decidedStatuses.includes(status as ApplicationStatus)
}

export function isReviewStage(status: string): status is ReviewStage {
  return (reviewStages as readonly string[]).includes(status)
}
