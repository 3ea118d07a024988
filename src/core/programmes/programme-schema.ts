import { z } from 'zod'
import { benefitSchema } from './benefit-schema.ts'
import { criterionSchema, idSchema } from './criterion-schema.ts'
import { localisedSchema } from './localised.ts'

export const pillars = ['living', 'career', 'medical', 'schooling'] as const
export const kinds = ['cash', 'service', 'event', 'referral', 'campaign'] as const

export type Pillar = (typeof pillars)[number]
export type ProgrammeKind = (typeof kinds)[number]

/**
 * One programme of the catalogue. All `criteria` must hold; `needsCaseworker` caps the
 * verdict at "maybe"; a `planned` programme is listed but never offered.
 */
export const programmeSchema = z.strictObject({
  id: idSchema,
  pillar: z.enum(pillars),
  kind: z.enum(kinds),
  status: z.enum(['active', 'planned']),
  name: localisedSchema,
  summary: localisedSchema,
  benefit: benefitSchema,
  criteria: z.array(criterionSchema),
  nextStep: localisedSchema,
  needsCaseworker: z.boolean().optional(),
  excludes: z.array(idSchema).optional(),
})

export type Programme = z.infer<typeof programmeSchema>
