import { readFlowData } from './callback-data.ts'
import { promptReply } from './prompt.ts'
import type { Answers, Flow, FlowState, Input, Reply, Step, Text } from './types.ts'
import { checkTyped, type LabelsOf } from './validate-answer.ts'
import { keepApplicable, nextStep } from './walk.ts'

/** Typed instead of tapping "上一题". */
const BACK_WORDS = new Set(['上一题', '返回', '后退', '上一步', 'back', 'previous'])

/**
 * What a flow did with one input. `done` carries the final answers; `ignored`
 * is a repeated tap on a question already answered (a double tap), which only
 * deserves a short acknowledgement.
 */
export type Outcome =
  | { kind: 'asked'; state: FlowState; reply: Reply }
  | { kind: 'done'; state: FlowState; answers: Answers }
  | { kind: 'ignored'; state: FlowState; toast: Text }

/** Starts a flow, keeping answers already known (e.g. from an earlier screening). */
export function startFlow(flow: Flow, known: Answers = {}): Outcome {
  const state: FlowState = {
    flowId: flow.id,
    version: flow.version,
    stepId: null,
    answers: keepApplicable(flow, known),
    trail: [],
    ticked: [],
    prompt: 1,
    misses: 0,
    editing: false,
  }
  return moveOn(flow, state)
}

/** Re-asks the current question, e.g. when a worker comes back days later. */
export function resume(flow: Flow, state: FlowState, lead: Reply['lines'] = []): Outcome {
  if (state.version !== flow.version) return restartKeepingAnswers(flow, state)
  return { kind: 'asked', state, reply: promptReply(flow, state, lead) }
}

/** Goes back to one answered step so the worker can change it. */
export function editStep(flow: Flow, state: FlowState, stepId: string): Outcome {
  const step = flow.steps.find((candidate) => candidate.id === stepId)
  if (!step) return resume(flow, state)
  const next = { ...state, stepId, ticked: [], editing: true, misses: 0, prompt: state.prompt + 1 }
  return { kind: 'asked', state: next, reply: promptReply(flow, next) }
}

/** Applies one input to the flow. Pure: storing the new state is the caller's job. */
export function advance(flow: Flow, state: FlowState, input: Input, labelsOf: LabelsOf): Outcome {
  if (state.version !== flow.version) return restartKeepingAnswers(flow, state)
  const step = flow.steps.find((candidate) => candidate.id === state.stepId)
  if (!step) return moveOn(flow, state)

  if (input.type === 'unsupported') {
    return miss(flow, state, { key: 'problem-not-text', args: { kind: input.kind } })
  }
  if (input.type === 'text') {
    if (BACK_WORDS.has(input.text.trim().toLowerCase()) && state.trail.length > 0)
      return back(flow, state)
    const checked = checkTyped(step, input.text, labelsOf)
    return checked.ok
      ? answer(flow, state, step, checked.value)
      : miss(flow, state, checked.problem)
  }
  return pressed(flow, state, step, input.data)
}

function pressed(flow: Flow, state: FlowState, step: Step, data: string): Outcome {
  const button = readFlowData(data)
  if (!button || button.prompt !== state.prompt) {
    // The tap just before this prompt was shown is a double tap on the last answer.
    if (button && button.prompt === state.prompt - 1) {
      return { kind: 'ignored', state, toast: { key: 'flow-already-answered' } }
    }
    return { kind: 'asked', state, reply: promptReply(flow, state, [{ key: 'flow-old-button' }]) }
  }

  switch (button.action) {
    case 'why':
      return { kind: 'asked', state, reply: promptReply(flow, state, [step.why]) }
    case 'back':
      return back(flow, state)
    case 'tick':
      return tick(flow, state, button.value)
    case 'done':
      return answer(flow, state, step, state.ticked)
    case 'answer': {
      const value =
        step.kind === 'count' || step.kind === 'money' ? Number(button.value) : button.value
      const chosen = step.kind === 'multi' ? [] : value
      return answer(flow, state, step, chosen)
    }
  }
}

function tick(flow: Flow, state: FlowState, value: string): Outcome {
  const ticked = state.ticked.includes(value)
    ? state.ticked.filter((candidate) => candidate !== value)
    : [...state.ticked, value]
  const next = { ...state, ticked }
  return { kind: 'asked', state: next, reply: { ...promptReply(flow, next), replace: true } }
}

function answer(flow: Flow, state: FlowState, step: Step, value: unknown): Outcome {
  const answers = keepApplicable(flow, { ...state.answers, [step.fact]: value })
  const trail = [...state.trail.filter((id) => id !== step.id), step.id]
  return moveOn(flow, { ...state, answers, trail, ticked: [], misses: 0, prompt: state.prompt + 1 })
}

function back(flow: Flow, state: FlowState): Outcome {
  const previousId = state.trail.at(-1)
  const previous = flow.steps.find((candidate) => candidate.id === previousId)
  if (!previous) return { kind: 'asked', state, reply: promptReply(flow, state) }

  const { [previous.fact]: _dropped, ...answers } = state.answers
  const next = {
    ...state,
    answers,
    stepId: previous.id,
    trail: state.trail.slice(0, -1),
    ticked: [],
    misses: 0,
    prompt: state.prompt + 1,
  }
  return { kind: 'asked', state: next, reply: promptReply(flow, next) }
}

function miss(flow: Flow, state: FlowState, problem: Text): Outcome {
  const next = { ...state, misses: state.misses + 1 }
  return { kind: 'asked', state: next, reply: promptReply(flow, next, [problem]) }
}

function moveOn(flow: Flow, state: FlowState): Outcome {
  const step = nextStep(flow, state.answers)
  if (!step)
    return {
      kind: 'done',
      state: { ...state, stepId: null, editing: false },
      answers: state.answers,
    }
  const next = { ...state, stepId: step.id }
  return { kind: 'asked', state: next, reply: promptReply(flow, next) }
}

/** A deploy changed the flow: keep what still fits and ask only what is missing. */
function restartKeepingAnswers(flow: Flow, state: FlowState): Outcome {
  const outcome = startFlow(flow, state.answers)
  if (outcome.kind !== 'asked') return outcome
  return {
    ...outcome,
    reply: { ...outcome.reply, lines: [{ key: 'flow-updated' }, ...outcome.reply.lines] },
  }
}
