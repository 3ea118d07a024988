import type { Case } from '../../generated/prisma/client.ts'
import type { Forms } from '../applications/form-schema.ts'
import type { Tx } from '../db/types.ts'
import { logAccess } from '../privacy/access-log.ts'
import type { Cipher } from '../privacy/cipher.ts'
import type { SummaryDeps } from '../understanding/summarise.ts'

/** Everything a case card shows. No identity or phone number: the worker is an alias. */
export type CaseView = {
  case: Case
  worker: { alias: string; locale: string } | null
  summary: string
  programmeName?: string
  /** More lines for the card: applications and documents, when there are any. */
  extra?: string[]
}

/**
 * Reads a case for its card: the alias, language, the stored summary of the
 * screening and what the worker wrote (redacted; see case-summary.ts), and
 * their applications with the documents filed. Staff reading personal data
 * is logged to the access log.
 */
/** One line per application (reference, programme, status) and the documents filed for it. */
async function applicationLines(
  tx: Tx,
  deps: { summary: SummaryDeps; forms?: Forms | undefined },
  workerId: string,
): Promise<string[]> {
  const applications = await tx.application.findMany({
    where: { workerId, status: { not: 'draft' } },
    orderBy: { createdAt: 'asc' },
    include: { documents: true },
  })
  return applications.map((application) => {
    const programme = deps.summary.policy.programmes.find((p) => p.id === application.programmeId)
    const counts = new Map<string, number>()
    for (const doc of application.documents) {
      const type = doc.docType ?? 'unsorted'
      counts.set(type, (counts.get(type) ?? 0) + 1)
    }
    const documents = [...counts].map(
      ([type, count]) => `${deps.forms?.documentTypes[type]?.['zh-CN'] ?? type} ×${count}`,
    )
    const name = programme?.name['zh-CN'] ?? application.programmeId
    const filed = documents.length > 0 ? documents.join('、') : '无'
    return `📄 ${application.reference} · ${name} · ${application.status} · 材料：${filed}`
  })
}

export async function loadCaseView(
  tx: Tx,
  deps: { cipher: Cipher; summary: SummaryDeps; forms?: Forms | undefined },
  caseId: string,
  reader: string,
): Promise<CaseView | null> {
  const found = await tx.case.findUnique({ where: { id: caseId }, include: { worker: true } })
  if (!found) return null
  const programme = deps.summary.policy.programmes.find((p) => p.id === found.programmeId)
  const view: CaseView = { case: found, worker: null, summary: '' }
  if (programme) view.programmeName = programme.name['zh-CN']
  if (!found.worker) return view

  await logAccess(tx, {
    actor: reader,
    workerId: found.worker.id,
    action: 'case.summary',
    detail: found.reference,
  })
  view.worker = { alias: found.worker.alias, locale: found.worker.locale }
  view.summary = found.summary ? deps.cipher.open(found.summary) : ''
  view.extra = await applicationLines(tx, deps, found.worker.id)
  return view
}
