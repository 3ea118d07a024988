import { flowData } from './callback-data.ts'
import type { Button, Flow, FlowState, Reply, Step } from './types.ts'
import { applicableSteps } from './walk.ts'

/** The question for the current step, with its progress hint and buttons. */
export function promptReply(flow: Flow, state: FlowState, lead: Reply['lines'] = []): Reply {
  const step = flow.steps.find((candidate) => candidate.id === state.stepId)
  if (!step) return { lines: lead }

  const steps = applicableSteps(flow, state.answers)
  const position = Math.max(1, steps.findIndex((candidate) => candidate.id === step.id) + 1)
  const progress = { key: 'flow-progress', args: { n: position, total: steps.length } }

  return {
    lines: [...lead, progress, step.prompt],
    buttons: [...optionRows(step, state), helpRow(state)],
  }
}

function optionRows(step: Step, state: FlowState): Button[][] {
  const p = state.prompt
  switch (step.kind) {
    case 'choice':
      return step.options.map((option) => [
        { label: option.label, data: flowData('answer', p, option.value) },
      ])
    case 'multi': {
      const rows = step.options.map((option) => [
        {
          label: option.label,
          data: flowData('tick', p, option.value),
          ticked: state.ticked.includes(option.value),
        },
      ])
      const finish =
        state.ticked.length > 0
          ? { label: { key: 'flow-done' }, data: flowData('done', p) }
          : { label: step.none.label, data: flowData('answer', p, step.none.value) }
      return [...rows, [finish]]
    }
    case 'count':
    case 'money':
      return step.kind === 'count' && step.max <= 20 ? [quickCounts(step.min, p)] : []
  }
}

function quickCounts(min: number, prompt: number): Button[] {
  return Array.from({ length: 6 }, (_, i) => {
    const value = String(min + i)
    return { label: value, data: flowData('answer', prompt, value) }
  })
}

function helpRow(state: FlowState): Button[] {
  const row: Button[] = [{ label: { key: 'flow-why' }, data: flowData('why', state.prompt) }]
  if (state.trail.length > 0)
    row.push({ label: { key: 'flow-back' }, data: flowData('back', state.prompt) })
  return row
}
