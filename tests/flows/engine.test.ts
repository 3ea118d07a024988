import { describe, expect, it } from 'vitest'
import { flowData } from '../../src/flows/callback-data.ts'
import { advance, resume, startFlow } from '../../src/flows/engine.ts'
import { screeningFlow } from '../../src/flows/screening-flow.ts'
import type { FlowState, Input, Reply, Text } from '../../src/flows/types.ts'

const labelsOf = (text: Text) => [text.key]
const text = (value: string): Input => ({ type: 'text', text: value })
const keys = (reply: Reply) =>
  reply.lines.map((line) => (typeof line === 'string' ? line : line.key))

function asked(outcome: ReturnType<typeof advance>) {
  if (outcome.kind !== 'asked') throw new Error(`expected a question, got ${outcome.kind}`)
  return outcome
}

function begin(): FlowState {
  return asked(startFlow(screeningFlow)).state
}

describe('the screening questionnaire as data', () => {
  it('shows progress as "question 1 of N" with a why button on every question', () => {
    const { reply } = asked(startFlow(screeningFlow))
    expect(reply.lines[0]).toEqual({ key: 'flow-progress', args: { n: 1, total: 9 } })
    expect(reply.buttons?.flat().some((button) => button.data === flowData('why', 1))).toBe(true)
  })

  it('asks no school-stage question of a worker with no children', () => {
    let state = begin()
    for (const answer of ['3', '5400', '1', '5', '5', '1', '2', '0'])
      state = asked(advance(screeningFlow, state, text(answer), labelsOf)).state
    expect(state.stepId).toBe('career')
  })

  it('asks the out-of-pocket question only when someone is ill', () => {
    let state = begin()
    for (const answer of ['3', '5400', '1', '5', '3', '1'])
      state = asked(advance(screeningFlow, state, text(answer), labelsOf)).state
    expect(state.stepId).toBe('medical-costs')
  })

  it('keeps the question and the answers when the worker sends a sticker', () => {
    const state = asked(advance(screeningFlow, begin(), text('3'), labelsOf)).state
    const outcome = asked(
      advance(screeningFlow, state, { type: 'unsupported', kind: 'sticker' }, labelsOf),
    )
    expect(outcome.state.stepId).toBe('income')
    expect(outcome.state.answers).toEqual({ householdSize: 3 })
    expect(keys(outcome.reply)).toContain('problem-not-text')
  })

  it('goes back one question and forgets only that answer', () => {
    let state = begin()
    state = asked(advance(screeningFlow, state, text('3'), labelsOf)).state
    state = asked(advance(screeningFlow, state, text('5400'), labelsOf)).state
    const back = asked(
      advance(
        screeningFlow,
        state,
        { type: 'button', data: flowData('back', state.prompt) },
        labelsOf,
      ),
    )
    expect(back.state.stepId).toBe('income')
    expect(back.state.answers).toEqual({ householdSize: 3 })
  })

  it('treats a second tap on the same button as a double tap, not a new answer', () => {
    const first = begin()
    const tap = { type: 'button' as const, data: flowData('answer', first.prompt, '3') }
    const after = asked(advance(screeningFlow, first, tap, labelsOf)).state
    const again = advance(screeningFlow, after, tap, labelsOf)
    expect(again.kind).toBe('ignored')
    expect(again.state).toEqual(after)
  })

  it('answers a button from a much older question with the current question', () => {
    let state = begin()
    for (const answer of ['3', '5400', '1'])
      state = asked(advance(screeningFlow, state, text(answer), labelsOf)).state
    const old = asked(
      advance(screeningFlow, state, { type: 'button', data: flowData('answer', 1, '4') }, labelsOf),
    )
    expect(keys(old.reply)[0]).toBe('flow-old-button')
    expect(old.state.answers.householdSize).toBe(3)
  })

  it('recognises state saved by an older version of the flow and keeps its answers', () => {
    const state = {
      ...asked(advance(screeningFlow, begin(), text('3'), labelsOf)).state,
      version: 0,
    }
    const outcome = asked(resume(screeningFlow, state))
    expect(keys(outcome.reply)[0]).toBe('flow-updated')
    expect(outcome.state.version).toBe(screeningFlow.version)
    expect(outcome.state.answers).toEqual({ householdSize: 3 })
  })

  it('offers the typed words back when an answer is not a number', () => {
    const outcome = asked(advance(screeningFlow, begin(), text('<b>三口&</b>'), labelsOf))
    expect(outcome.reply.lines[0]).toEqual({
      key: 'problem-not_a_count',
      args: { typed: '<b>三口&</b>' },
    })
  })
})
