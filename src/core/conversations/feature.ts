import type { FlowHandler } from './flows.ts'
import type { Turn } from './turn.ts'

/**
 * A conversation feature: what it adds to the dispatcher. Button data is
 * `<prefix>:<value>`; the handler gets the value. `text` sees free text
 * typed outside any flow and returns true when it dealt with it. `aside`
 * sees text a flow refused as an answer (a question, a request for a
 * person) and returns true when it dealt with it instead of the flow.
 */
export type Feature = {
  name: string
  flows?: FlowHandler[]
  buttons?: Record<string, (turn: Turn, value: string) => Promise<void>>
  commands?: Record<string, (turn: Turn) => Promise<void>>
  text?: (turn: Turn, text: string) => Promise<boolean>
  aside?: (turn: Turn, text: string) => Promise<boolean>
}
