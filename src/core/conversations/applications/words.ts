import type { Turn } from '../turn.ts'

/** A programme's name in the worker's language. */
export function programmeName(turn: Turn, programmeId: string): string {
  const programme = turn.deps.policy.programmes.find((one) => one.id === programmeId)
  return programme?.name[turn.locale] ?? programmeId
}

/** A document type's label in the worker's language. */
export function documentLabel(turn: Turn, docType: string): string {
  return turn.deps.forms.documentTypes[docType]?.[turn.locale] ?? docType
}

/** The programme's review chain in words: "初审 → 公示 → 批准". */
export function reviewChain(turn: Turn, programmeId: string): string {
  const chain = turn.deps.forms.forms[programmeId]?.review ?? []
  return [...chain, 'approved'].map((stage) => turn.t(`app-status-${stage}`)).join(' → ')
}

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })

/** A date as the worker reads it, on China's calendar: 2026-12-04. */
export function day(date: Date): string {
  return CHINA_DAY.format(date)
}
