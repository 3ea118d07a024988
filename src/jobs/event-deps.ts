import type { Container } from '../core/container.ts'
import type { EventDeps } from '../core/events/deps.ts'
import { offerExpiryJob } from './offer-expiry.ts'

/** Event changes tell workers through the messenger and time offers with delayed jobs. */
export function eventDeps(container: Container, now: () => Date): EventDeps {
  return {
    messenger: container.messenger,
    async scheduleOfferExpiry(signupId, at) {
      const delay = Math.max(0, at.getTime() - now().getTime())
      await container.jobs.add(offerExpiryJob, { signupId }, { jobId: `offer:${signupId}`, delay })
    },
  }
}
