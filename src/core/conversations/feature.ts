import type { FlowHandler } from './flows.ts'
import type { ConversationDeps, IncomingFile, Turn, WorkerEvent } from './turn.ts'

/**
 * A conversation feature: what it adds to the dispatcher. Button data is
 * `<prefix>:<value>`; the handler gets the value. `text` sees free text
 * typed outside any flow and returns true when it dealt with it. `aside`
 * sees text a flow refused as an answer (a question, a request for a
 * person) and returns true when it dealt with it instead of the flow.
 * `intercept` sees every text, file or unsupported message before any flow
 * (a live conversation with a caseworker takes them all) and returns true
 * when it took the message. `file` sees a photo or document that nothing
 * intercepted; unclaimed files are answered as unsupported input.
 * `flowFor` finds flows built from data at run time (an application form).
 */
export type Feature = {
  name: string
  flows?: FlowHandler[]
  flowFor?: (flowId: string, deps: ConversationDeps) => FlowHandler | undefined
  buttons?: Record<string, (turn: Turn, value: string) => Promise<void>>
  commands?: Record<string, (turn: Turn) => Promise<void>>
  text?: (turn: Turn, text: string) => Promise<boolean>
  aside?: (turn: Turn, text: string) => Promise<boolean>
  intercept?: (
    turn: Turn,
    event: Extract<WorkerEvent, { type: 'text' | 'file' | 'unsupported' }>,
  ) => Promise<boolean>
  file?: (turn: Turn, file: IncomingFile) => Promise<boolean>
}
