/**
 * Button payloads of a flow prompt: `f:<action>:<prompt>:<value>`. The prompt
 * number ties a button to the question it was shown with. Telegram caps
 * callback data at 64 bytes, so option values stay short ids.
 */
export type FlowAction = 'answer' | 'tick' | 'done' | 'back' | 'why'

const CODES: Record<FlowAction, string> = { answer: 'a', tick: 't', done: 'd', back: 'b', why: 'w' }
const ACTIONS = new Map(Object.entries(CODES).map(([action, code]) => [code, action as FlowAction]))

export type FlowButton = { action: FlowAction; prompt: number; value: string }

export function flowData(action: FlowAction, prompt: number, value = ''): string {
  return `f:${CODES[action]}:${prompt}:${value}`
}

export function readFlowData(data: string): FlowButton | undefined {
  const match = /^f:([a-z]):(\d+):(.*)$/.exec(data)
  const action = match?.[1] ? ACTIONS.get(match[1]) : undefined
  if (!match || !action) return undefined
  return { action, prompt: Number(match[2]), value: match[3] ?? '' }
}
