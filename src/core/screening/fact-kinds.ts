import type { Facts } from './facts.ts'

/** Facts as screening sees them: the answers plus what `deriveFacts` computes. */
export type KnownFacts = Facts & { perCapitaIncome?: number }

/** Every fact a criterion may name. */
export type FactName = keyof KnownFacts

/** How a fact's answer is shaped, which decides the operators that fit it. */
export type FactKind = 'number' | 'choice' | 'list'

/** The shape of each fact; adding a fact to `Facts` without listing it here fails to compile. */
export const factKinds = {
  householdSize: 'number',
  monthlyIncome: 'number',
  perCapitaIncome: 'number',
  housing: 'choice',
  situations: 'list',
  illness: 'list',
  medicalOutOfPocket: 'number',
  insured: 'choice',
  incomeDrop: 'choice',
  children: 'number',
  schoolStages: 'list',
  careerInterest: 'list',
} as const satisfies Record<FactName, FactKind>

export const factNames = Object.keys(factKinds) as [FactName, ...FactName[]]
