import type { FlowState } from '../../flows/types.ts'
import type { Turn } from './turn.ts'

export async function loadFlow(turn: Turn): Promise<FlowState | undefined> {
  if (turn.cache) return turn.cache.flow ?? undefined
  const row = await turn.tx.conversation.findUnique({ where: { workerId: turn.worker.id } })
  return row ? turn.deps.cipher.openJson<FlowState>(row.state) : undefined
}

export async function saveFlow(turn: Turn, state: FlowState): Promise<void> {
  const data = {
    flowId: state.flowId,
    flowVersion: state.version,
    state: turn.deps.cipher.sealJson(state),
  }
  await turn.tx.conversation.upsert({
    where: { workerId: turn.worker.id },
    create: { workerId: turn.worker.id, ...data },
    update: data,
  })
  if (turn.cache) turn.cache.flow = state
}

export async function clearFlow(turn: Turn): Promise<boolean> {
  const { count } = await turn.tx.conversation.deleteMany({ where: { workerId: turn.worker.id } })
  if (turn.cache) turn.cache.flow = null
  return count > 0
}
