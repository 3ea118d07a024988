import { type ApiReply, ok, type Params } from './api-reply.ts'
import { editMethods } from './edit-methods.ts'
import { otherMethods } from './other-methods.ts'
import { sendMethods } from './send-methods.ts'
import { chatIdOf, type MethodHandler, type ServerState } from './server-state.ts'

const HANDLERS: Record<string, MethodHandler> = { ...sendMethods, ...editMethods, ...otherMethods }

const NAMES = new Map(
  [...Object.keys(HANDLERS), 'getUpdates'].map((name) => [name.toLowerCase(), name]),
)

/** Bot API method names are case-insensitive; known ones get their usual spelling. */
export function canonicalMethod(name: string): string {
  return NAMES.get(name.toLowerCase()) ?? name
}

/** Calls that put a message in a chat, and so count against flood control. */
export function isSend(method: string): boolean {
  const sends = method.startsWith('send') && method !== 'sendChatAction'
  return sends || method === 'copyMessage' || method === 'forwardMessage'
}

/**
 * Answers every method but getUpdates: planned faults first, then flood control, then the
 * method's own checks. Methods without a handler succeed with `true`.
 */
export function dispatch(method: string, params: Params, state: ServerState): ApiReply {
  const chatId = chatIdOf(params)
  const now = state.now()
  const send = isSend(method) && chatId !== undefined

  const planned = state.faults.take(method, chatId)
  if (planned) return planned
  const limited = send ? state.rate.check(chatId, now) : undefined
  if (limited) return limited

  const handler = HANDLERS[method]
  const reply = handler ? handler(params, state) : ok(true)

  if (reply.ok && send) {
    state.rate.accept(chatId, now)
    state.traffic.accepted(chatId, now)
  }
  return reply
}
