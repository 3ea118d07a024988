import { z } from 'zod'
import { type FactName, factKinds } from '../screening/fact-kinds.ts'

const yuan = z.number().nonnegative()

const numberFact = z
  .string()
  .refine((name) => factKinds[name as FactName] === 'number', 'must name a numeric fact')
  .transform((name) => name as FactName)

/**
 * What a programme pays or provides, in yuan. `share` pays a fraction of a fact
 * (medical costs), `by_stage` pays per school stage a year, `none` has no fixed figure.
 */
export const benefitSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('monthly'), amount: yuan }),
  z.strictObject({ type: z.literal('one_off'), amount: yuan }),
  z
    .strictObject({
      type: z.literal('share'),
      fact: numberFact,
      min: z.number().min(0).max(1),
      max: z.number().min(0).max(1),
      cap: yuan.optional(),
    })
    .refine((share) => share.min <= share.max, {
      message: 'min must not exceed max',
      path: ['min'],
    }),
  z.strictObject({
    type: z.literal('by_stage'),
    amounts: z.strictObject({
      preschool: yuan,
      compulsory: yuan,
      high_school: yuan,
      university: yuan,
    }),
  }),
  z.strictObject({ type: z.literal('none') }),
])

export type Benefit = z.infer<typeof benefitSchema>
