import type { Criterion } from './criterion-schema.ts'
import type { Programme } from './programme-schema.ts'

type Path = (string | number)[]
type PolicyShape = { thresholds: Record<string, number>; programmes: Programme[] }

/** A cross-reference in the policy that does not resolve, with where it sits. */
export type PolicyProblem = { path: Path; message: string }

/** Finds duplicate ids, unknown thresholds and unknown `excludes` targets. */
export function policyProblems(policy: PolicyShape): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const seen = new Set<string>()
  const allIds = new Set(policy.programmes.map((programme) => programme.id))

  for (const [index, programme] of policy.programmes.entries()) {
    const at = ['programmes', index]
    if (seen.has(programme.id)) problems.push({ path: [...at, 'id'], message: 'duplicate id' })
    seen.add(programme.id)

    problems.push(...criterionProblems(programme.criteria, policy.thresholds, [...at, 'criteria']))
    for (const [slot, other] of (programme.excludes ?? []).entries()) {
      if (allIds.has(other)) continue
      problems.push({ path: [...at, 'excludes', slot], message: `no programme ${other}` })
    }
  }
  return problems
}

function criterionProblems(
  criteria: Criterion[],
  thresholds: Record<string, number>,
  at: Path,
): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const seen = new Set<string>()
  const known = Object.keys(thresholds).join(', ')

  for (const { rule, path } of withPaths(criteria, at)) {
    if (seen.has(rule.id)) problems.push({ path: [...path, 'id'], message: 'duplicate id' })
    seen.add(rule.id)

    const threshold = 'threshold' in rule ? rule.threshold : undefined
    if (threshold !== undefined && !Object.hasOwn(thresholds, threshold)) {
      const message = `no threshold ${threshold}; known: ${known}`
      problems.push({ path: [...path, 'threshold'], message })
    }
  }
  return problems
}

function withPaths(criteria: Criterion[], at: Path) {
  return criteria.flatMap((criterion, index) => {
    const path = [...at, index]
    const own = [{ rule: criterion, path }]
    if (!('any' in criterion)) return own
    return [...own, ...criterion.any.map((rule, slot) => ({ rule, path: [...path, 'any', slot] }))]
  })
}
