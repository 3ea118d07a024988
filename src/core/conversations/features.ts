import { broadcastAdminFeature } from '../campaigns/admin-feature.ts'
import { noticesFeature } from '../campaigns/notices-feature.ts'
import { casesFeature } from '../cases/feature.ts'
import { eventsFeature } from '../events/events-feature.ts'
import { remindersFeature } from '../reminders/feature.ts'
import { understandingFeature } from '../understanding/feature.ts'
import { applicationsFeature } from './applications/feature.ts'
import type { Feature } from './feature.ts'
import { screeningFeature } from './screening.ts'

/**
 * Every conversation feature, in the order their free-text handlers are
 * tried. Add a feature here; nothing else needs to know about it. Free-text
 * understanding reads whatever no other feature took, so it stays last.
 */
// Casework comes first: an open case takes the worker's messages before anything else.
export const features: Feature[] = [
  casesFeature,
  screeningFeature,
  applicationsFeature,
  remindersFeature,
  eventsFeature,
  noticesFeature,
  broadcastAdminFeature,
  understandingFeature,
]
