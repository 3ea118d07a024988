import { z } from 'zod'

/**
 * What screening knows about a worker's household. Every fact is optional:
 * an unanswered or "not sure" fact makes a criterion unknown, never failed.
 */
export const factsSchema = z
  .object({
    householdSize: z.number().int().min(1).max(20),
    monthlyIncome: z.number().min(0).max(1_000_000),
    housing: z.enum(['own', 'renting', 'dormitory_or_none']),
    situations: z.array(
      z.enum(['single_parent', 'elder_on_medication', 'disabled_member', 'disaster', 'accident']),
    ),
    illness: z.array(
      z.enum(['self_chronic', 'self_critical', 'family_hospitalised', 'family_critical']),
    ),
    medicalOutOfPocket: z.number().min(0).max(10_000_000),
    insured: z.enum(['yes', 'no', 'unsure']),
    incomeDrop: z.enum(['yes', 'no']),
    children: z.number().int().min(0).max(10),
    schoolStages: z.array(z.enum(['preschool', 'compulsory', 'high_school', 'university'])),
    careerInterest: z.array(z.enum(['skills_training', 'job_transfer', 'startup', 'counselling'])),
  })
  .partial()

export type Facts = z.infer<typeof factsSchema>

/** Facts computed from answers; criteria may name these like any other fact. */
export function deriveFacts(facts: Facts): Facts & { perCapitaIncome?: number } {
  const { monthlyIncome, householdSize } = facts
  if (monthlyIncome === undefined || householdSize === undefined) return facts
  // Cents, not whole yuan: rounding 1,500.33 down to 1,500 would pass a 1,500 line.
  return { ...facts, perCapitaIncome: Math.round((monthlyIncome / householdSize) * 100) / 100 }
}
