import { type ApplicationDeps, type MoveResult, moveApplication } from './transition.ts'

export type Decision = {
  applicationId: string
  decision: 'approve' | 'reject'
  actor: string
  reason: string
}

/**
 * A caseworker's decision. Rejecting is one move; approving walks whatever
 * review stages are left (each recorded with the same actor and reason), so
 * a caseworker who has done the review in person can approve in one step.
 */
export async function decide(deps: ApplicationDeps, input: Decision): Promise<MoveResult> {
  const target = input.decision === 'approve' ? 'approved' : 'rejected'
  const base = { applicationId: input.applicationId, actor: input.actor, reason: input.reason }
  let result = await moveApplication(deps, { ...base, to: target })

  // At most one move per review stage plus the pause: the chain is three stages long.
  for (let step = 0; step < 5 && !result.ok && result.code === 'illegal_transition'; step++) {
    const forward = result.allowed[0]
    if (target === 'rejected' || !forward || !isProgress(forward)) return result
    const moved = await moveApplication(deps, { ...base, to: forward })
    if (!moved.ok) return moved
    result = await moveApplication(deps, { ...base, to: target })
  }
  return result
}

function isProgress(status: string): boolean {
  return !['withdrawn', 'rejected', 'needs_info', 'paid', 'submitted'].includes(status)
}
