import { z } from 'zod'
import { factNames } from '../screening/fact-kinds.ts'
import { localisedSchema } from './localised.ts'
import { ruleProblem } from './rule-fit.ts'

/** The comparisons a rule can make between the worker's answer and its value or threshold. */
export const ops = [
  'eq',
  'neq',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'includes',
  'includes_any',
  'not_empty',
  'empty',
] as const

export type Op = (typeof ops)[number]

/** Ids are snake_case English so they stay stable across wording changes. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case, e.g. medical_aid')

const valueSchema = z.union([z.number(), z.string(), z.array(z.string()).min(1)])

/**
 * One comparison on one fact. A rule takes a literal `value` or the name of a policy
 * `threshold` (never both); `empty` and `not_empty` take neither.
 */
export const ruleSchema = z
  .strictObject({
    id: idSchema,
    label: localisedSchema,
    fact: z.enum(factNames),
    op: z.enum(ops),
    value: valueSchema.optional(),
    threshold: z.string().min(1).optional(),
  })
  .superRefine((rule, ctx) => {
    const problem = ruleProblem(rule)
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message })
  })

/** Alternatives: met when any rule is met. Groups hold rules only, so explanations stay flat. */
export const groupSchema = z.strictObject({
  id: idSchema,
  label: localisedSchema,
  any: z.array(ruleSchema).min(2),
})

export const criterionSchema = z.union([ruleSchema, groupSchema])

export type Rule = z.infer<typeof ruleSchema>
export type CriterionGroup = z.infer<typeof groupSchema>
export type Criterion = z.infer<typeof criterionSchema>
