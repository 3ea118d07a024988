import { z } from 'zod'
import { policyProblems } from './policy-problems.ts'
import { programmeSchema } from './programme-schema.ts'

/**
 * The whole eligibility policy: a dated version, named thresholds in yuan that criteria
 * refer to, and the programme catalogue. Cross-references are checked too: every
 * threshold a rule names exists, ids are unique, `excludes` names real programmes.
 */
export const policySchema = z
  .strictObject({
    version: z.string().trim().min(1),
    effectiveFrom: z.iso.date(),
    notes: z.string(),
    thresholds: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), z.number().nonnegative()),
    programmes: z.array(programmeSchema).min(1),
  })
  .superRefine((policy, ctx) => {
    for (const problem of policyProblems(policy)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message })
    }
  })

export type Policy = z.infer<typeof policySchema>
export type Thresholds = Policy['thresholds']
