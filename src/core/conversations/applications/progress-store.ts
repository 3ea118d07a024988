import type { FlowState } from '../../../flows/types.ts'
import { loadFlow, saveFlow } from '../flow-store.ts'
import type { Turn } from '../turn.ts'
import type { DocumentsProgress } from './next-document.ts'

/** The stored state of the documents stage, in the conversation's flow slot. */
export const DOCUMENTS_FLOW_ID = 'application-documents'

export async function loadProgress(turn: Turn): Promise<DocumentsProgress | undefined> {
  const state = await loadFlow(turn)
  return state ? progressOf(state) : undefined
}

export function progressOf(state: FlowState): DocumentsProgress | undefined {
  if (state.flowId !== DOCUMENTS_FLOW_ID) return undefined
  return state.answers as DocumentsProgress
}

export async function saveProgress(turn: Turn, progress: DocumentsProgress): Promise<void> {
  const previous = await loadFlow(turn)
  await saveFlow(turn, {
    flowId: DOCUMENTS_FLOW_ID,
    version: 1,
    stepId: null,
    answers: progress,
    trail: [],
    ticked: [],
    prompt: (previous?.prompt ?? 0) + 1,
    misses: 0,
    editing: false,
  })
}
