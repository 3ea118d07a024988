import type { Application, Worker } from '../../generated/prisma/client.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import { nextReference } from './reference.ts'
import { isOpen } from './statuses.ts'
import type { ApplicationDeps } from './transition.ts'

export type StartResult =
  | { ok: true; application: Application; resumed: boolean }
  | { ok: false; code: 'unknown_programme' | 'not_offered' | 'via_events' }
  /** Another application blocks this one: still open for the same programme, or an excluded one. */
  | { ok: false; code: 'already_open'; application: Application }
  | { ok: false; code: 'excluded'; application: Application }

/**
 * Opens a draft application, or hands back the worker's draft for the same
 * programme so a second attempt resumes the first. Refuses a programme
 * that is planned or is signed up for as an event, one already in review,
 * and one the policy says cannot be paid beside another the worker has
 * open or granted. The worker row is locked so two taps cannot open two drafts.
 */
export async function startApplication(
  deps: ApplicationDeps & { policy: Policy },
  worker: Pick<Worker, 'id'>,
  programmeId: string,
): Promise<StartResult> {
  const programme = deps.policy.programmes.find((candidate) => candidate.id === programmeId)
  const form = deps.forms.forms[programmeId]
  if (!programme || !form) return { ok: false, code: 'unknown_programme' }
  if (programme.status !== 'active') return { ok: false, code: 'not_offered' }
  if (form.via === 'events') return { ok: false, code: 'via_events' }

  await deps.tx.$queryRaw`SELECT id FROM workers WHERE id = ${worker.id}::uuid FOR UPDATE`
  const existing = await deps.tx.application.findMany({
    where: { workerId: worker.id },
    orderBy: { createdAt: 'desc' },
  })
  const same = existing.find((row) => row.programmeId === programmeId && isOpen(row.status))
  if (same?.status === 'draft') return { ok: true, application: same, resumed: true }
  if (same && form.oneOpen) return { ok: false, code: 'already_open', application: same }

  const excluded = excludedBy(deps.policy, programmeId)
  const clash = existing.find(
    (row) => excluded.has(row.programmeId) && (isOpen(row.status) || granted(row.status)),
  )
  if (clash) return { ok: false, code: 'excluded', application: clash }

  const application = await deps.tx.application.create({
    data: {
      reference: await nextReference(deps.tx, deps.now()),
      workerId: worker.id,
      programmeId,
      status: 'draft',
      answers: deps.cipher.sealJson({}),
      lastActivityAt: deps.now(),
    },
  })
  await deps.tx.applicationEvent.create({
    data: { applicationId: application.id, toStatus: 'draft', actor: 'worker', at: deps.now() },
  })
  return { ok: true, application, resumed: false }
}

function granted(status: string): boolean {
  return status === 'approved' || status === 'paid'
}

/** Exclusion works both ways, whichever programme names the other. */
function excludedBy(policy: Policy, programmeId: string): Set<string> {
  const excluded = new Set<string>()
  for (const programme of policy.programmes) {
    if (programme.id === programmeId) for (const id of programme.excludes ?? []) excluded.add(id)
    if (programme.excludes?.includes(programmeId)) excluded.add(programme.id)
  }
  return excluded
}
