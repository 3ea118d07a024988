import type { Turn } from '../turn.ts'

/** A programme's name in the worker's language. */
export function programmeName(turn: Turn, programmeId: string): string {
  const programme = turn.deps.policy.programmes.find((candidate) => candidate.id === programmeId)
  return programme?.name[turn.locale] ?? programmeId
}

/** A document type's name in the worker's language. */
export function documentName(turn: Turn, type: string): string {
  return turn.deps.forms.documentTypes[type]?.[turn.locale] ?? type
}
