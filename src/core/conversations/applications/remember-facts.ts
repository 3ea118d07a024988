import type { Answers } from '../../../flows/types.ts'
import { type Facts, factsSchema } from '../../screening/facts.ts'
import type { Turn } from '../turn.ts'

/** The screening facts among a draft's answers (its own form questions left out). */
export function factsOf(answers: Answers): Facts {
  const names = Object.keys(factsSchema.shape)
  const picked = Object.fromEntries(
    Object.entries(answers).filter(([name]) => names.includes(name)),
  )
  const parsed = factsSchema.safeParse(picked)
  return parsed.success ? parsed.data : {}
}

/**
 * A fact answered or corrected on an application becomes the worker's
 * profile fact too, so screening and later forms start from the new figure.
 */
export async function rememberFacts(turn: Turn, answers: Answers): Promise<void> {
  const facts = factsOf(answers)
  if (Object.keys(facts).length === 0) return
  const { cipher } = turn.deps
  const profile = await turn.tx.profile.findUnique({ where: { workerId: turn.worker.id } })
  const merged = { ...(profile ? cipher.openJson<Answers>(profile.facts) : {}), ...facts }
  await turn.tx.profile.upsert({
    where: { workerId: turn.worker.id },
    create: { workerId: turn.worker.id, facts: cipher.sealJson(merged) },
    update: { facts: cipher.sealJson(merged) },
  })
}
