import type { ApplicationStatus, ReviewStage } from './statuses.ts'

/**
 * Where an application may go from `from`, given its programme's review
 * chain and, for a "needs information" pause, the stage it came from. The
 * one place the state machine lives; the domain refuses anything else.
 */
export function legalMoves(
  from: string,
  chain: readonly ReviewStage[],
  resumeTo: string | null,
): ApplicationStatus[] {
  const first = chain[0]
  switch (from) {
    case 'draft':
      return ['submitted', 'withdrawn']
    case 'submitted':
      return [first ?? 'approved', 'rejected', 'needs_info', 'withdrawn']
    case 'needs_info':
      return [
        (resumeTo as ApplicationStatus | null) ?? first ?? 'submitted',
        'rejected',
        'withdrawn',
      ]
    case 'approved':
      return ['paid']
  }
  const index = chain.indexOf(from as ReviewStage)
  if (index < 0) return []
  const next = chain[index + 1] ?? 'approved'
  return [next, 'rejected', 'needs_info', 'withdrawn']
}
