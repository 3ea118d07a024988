import { broadcastProgressJob } from './broadcast-progress.ts'
import { broadcastSendJob } from './broadcast-send.ts'
import { broadcastStartJob } from './broadcast-start.ts'
import type { JobDefinition } from './definition.ts'
import { offerExpiryJob } from './offer-expiry.ts'

/** Every job kind the worker role runs. Add a definition here to have it processed. */
export const jobDefinitions: JobDefinition[] = []
jobDefinitions.push(offerExpiryJob, broadcastStartJob, broadcastSendJob, broadcastProgressJob)
