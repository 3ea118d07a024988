import type { Answers } from '../../../flows/types.ts'
import type { Turn } from '../turn.ts'

/** The facts the worker confirmed in screening or an earlier form. */
export async function profileFacts(turn: Turn): Promise<Answers> {
  const profile = await turn.tx.profile.findUnique({ where: { workerId: turn.worker.id } })
  return profile ? turn.deps.cipher.openJson<Answers>(profile.facts) : {}
}

/** Adds facts to the profile, so no later form or screening asks them again. */
export async function rememberFacts(turn: Turn, facts: Answers): Promise<void> {
  const merged = turn.deps.cipher.sealJson({ ...(await profileFacts(turn)), ...facts })
  await turn.tx.profile.upsert({
    where: { workerId: turn.worker.id },
    create: { workerId: turn.worker.id, facts: merged },
    update: { facts: merged },
  })
}
