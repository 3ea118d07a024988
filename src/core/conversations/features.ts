import type { Feature } from './feature.ts'
import { screeningFeature } from './screening.ts'

/**
 * Every conversation feature, in the order their free-text handlers are
 * tried. Add a feature here; nothing else needs to know about it.
 */
export const features: Feature[] = [screeningFeature]
