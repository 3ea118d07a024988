import type { Answers } from '../../../flows/types.ts'
import type { Application } from '../../../generated/prisma/client.ts'
import type { ApplicationDeps } from '../../applications/transition.ts'
import type { Policy } from '../../programmes/policy-schema.ts'
import type { Turn } from '../turn.ts'

/** The worker's own application by id, or undefined (another worker's, or a stale id). */
export async function ownApplication(turn: Turn, id: string): Promise<Application | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined
  const found = await turn.tx.application.findFirst({ where: { id, workerId: turn.worker.id } })
  return found ?? undefined
}

/** The draft the worker touched last, if any. */
export async function latestDraft(turn: Turn): Promise<Application | undefined> {
  const found = await turn.tx.application.findFirst({
    where: { workerId: turn.worker.id, status: 'draft' },
    orderBy: { lastActivityAt: 'desc' },
  })
  return found ?? undefined
}

/** Records a worker's step on a draft: idle-draft reminders count from it. */
export async function touchDraft(turn: Turn, applicationId: string): Promise<void> {
  await turn.tx.application.updateMany({
    where: { id: applicationId, status: 'draft' },
    data: { lastActivityAt: turn.deps.now() },
  })
}

export function openAnswers(turn: Turn, application: Application): Answers {
  return turn.deps.cipher.openJson<Answers>(application.answers)
}

export async function saveAnswers(
  turn: Turn,
  applicationId: string,
  answers: Answers,
): Promise<void> {
  await turn.tx.application.update({
    where: { id: applicationId },
    data: { answers: turn.deps.cipher.sealJson(answers), lastActivityAt: turn.deps.now() },
  })
}

/** What the applications domain needs, from the turn. */
export function applicationDeps(turn: Turn): ApplicationDeps & { policy: Policy } {
  const { cipher, forms, now, policy } = turn.deps
  return { tx: turn.tx, cipher, forms, now, policy }
}
