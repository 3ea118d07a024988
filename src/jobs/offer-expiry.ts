import { z } from 'zod'
import { expireOffer } from '../core/events/release-place.ts'
import { defineJob } from './definition.ts'
import { eventDeps } from './event-deps.ts'

/**
 * Passes an unanswered waiting-list offer to the next in line. Scheduled as a
 * delayed job for the moment the offer ends; an offer already answered is
 * left alone, and one still open (a clock ahead of ours) is retried later.
 */
export const offerExpiryJob = defineJob({
  queue: 'events',
  name: 'offer-expiry',
  payload: z.object({ signupId: z.uuid() }),
  async process(job, { container, now }) {
    const result = await container.db.prisma.$transaction((tx) =>
      expireOffer(tx, eventDeps(container, now), { signupId: job.data.signupId, now: now() }),
    )
    if (!result.ok && result.code === 'offer_open') throw new Error('offer still open; retry later')
    return result.ok ? { offered: result.offered } : { skipped: result.code }
  },
})
