import type { Case } from '../../generated/prisma/client.ts'

/** Statuses in which the worker and the caseworker can still talk. */
export const OPEN_STATUSES = ['unclaimed', 'claimed', 'waiting_worker'] as const

export type CaseReason =
  | 'worker_asked'
  | 'worker_typed'
  | 'flow_struggle'
  | 'needs_judgement'
  | 'crisis'

export function isOpen(found: Pick<Case, 'status'>): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(found.status)
}
