import { type Outcome, startFlow } from '../../../flows/engine.ts'
import type { Answers, Flow, FlowState, Reply } from '../../../flows/types.ts'
import type { Forms } from '../../applications/form-schema.ts'
import { moveApplication } from '../../applications/transition.ts'
import { applyOutcome, type FlowHandler } from '../flows.ts'
import type { Turn } from '../turn.ts'
import { ANSWERS_FLOW_PREFIX, answersFlow, refusedBy } from './answers-flow.ts'
import { showDocuments } from './documents-stage.ts'
import { applicationDeps, ownApplication, saveAnswers, touchDraft } from './draft.ts'
import { rememberFacts } from './remember-facts.ts'

/** Kept in the flow's answers beside the facts: which draft, and documents skipped. */
const APPLICATION = '_application'
const SKIPPED = '_skipped'

const handlers = new WeakMap<Forms, Map<string, FlowHandler>>()

/** The flow handler asking one programme's questions, found by its stored flow id. */
export function answersHandler(forms: Forms, flowId: string): FlowHandler | undefined {
  if (!flowId.startsWith(ANSWERS_FLOW_PREFIX)) return undefined
  const flow = answersFlow(forms, flowId.slice(ANSWERS_FLOW_PREFIX.length))
  if (!flow) return undefined
  const cache = handlers.get(forms) ?? new Map<string, FlowHandler>()
  handlers.set(forms, cache)
  const handler = cache.get(flow.id) ?? { flow, finish, step }
  cache.set(flow.id, handler)
  return handler
}

/**
 * Asks whatever the application still needs: screening facts it does not
 * hold yet, then the form's questions; goes straight on to documents when
 * nothing is missing. `edit` reopens one answer from the summary.
 */
export async function askAnswers(
  turn: Turn,
  input: { applicationId: string; programmeId: string; known: Answers; skipped?: string[] },
  lead: Reply['lines'] = [],
  edit?: (flow: Flow, started: Outcome) => Outcome,
): Promise<void> {
  const handler = answersHandler(turn.deps.forms, `${ANSWERS_FLOW_PREFIX}${input.programmeId}`)
  if (!handler) return
  const known = {
    ...input.known,
    [APPLICATION]: input.applicationId,
    [SKIPPED]: input.skipped ?? [],
  }
  const started = startFlow(handler.flow, known)
  const outcome = edit ? edit(handler.flow, started) : started

  const first = turn.replies.length
  await applyOutcome(turn, handler, outcome)
  turn.replies[first]?.lines.unshift(...lead)
}

/** Every answer is a step on the draft: idle reminders count from the last one. */
async function step(turn: Turn, state: FlowState): Promise<void> {
  const id = state.answers[APPLICATION]
  if (typeof id === 'string') await touchDraft(turn, id)
}

async function finish(turn: Turn, all: Answers): Promise<void> {
  const { [APPLICATION]: id, [SKIPPED]: skipped, ...answers } = all
  const application = await ownApplication(turn, String(id))
  if (application?.status !== 'draft') {
    return void turn.replies.push({ lines: [{ key: 'app-draft-gone' }] })
  }
  await saveAnswers(turn, application.id, answers)
  await rememberFacts(turn, answers)

  const form = turn.deps.forms.forms[application.programmeId]
  const refusal = refusedBy(form?.questions ?? [], answers)
  if (refusal) {
    await moveApplication(applicationDeps(turn), {
      applicationId: application.id,
      to: 'withdrawn',
      actor: 'system',
      reason: refusal.refusal ?? refusal.id,
    })
    return void turn.replies.push({ lines: [{ key: refusal.refusal ?? 'app-refused' }] })
  }
  const progress = {
    applicationId: application.id,
    skipped: Array.isArray(skipped) ? (skipped as string[]) : [],
    current: null,
  }
  await showDocuments(turn, progress)
}
