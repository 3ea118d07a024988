import type { Chat, UserFromGetMe } from 'grammy/types'
import type { ApiReply, Params } from './api-reply.ts'
import type { ChatLog } from './chat-log.ts'
import type { FaultPlan } from './faults.ts'
import type { FileStore } from './file-store.ts'
import { chatOf, DEFAULT_PROFILE, type Profile } from './fixtures.ts'
import type { RateCap } from './rate-limit.ts'
import type { TrafficCounter } from './traffic-stats.ts'
import type { UpdateQueue } from './update-queue.ts'

/** Everything the stand-in knows, shared by the method handlers and the test helpers. */
export interface ServerState {
  bot: UserFromGetMe
  readonly log: ChatLog
  readonly files: FileStore
  readonly updates: UpdateQueue
  readonly faults: FaultPlan
  readonly rate: RateCap
  readonly traffic: TrafficCounter
  readonly profiles: Map<number, Profile>
  /** Ids of callback queries handed out and not yet expired. */
  readonly queries: Set<string>
  readonly webhook: { url: string | undefined; secretToken: string | undefined }
  /** Refuse a bare `&` in HTML, which Telegram itself would let through. */
  readonly strictHtml: boolean
  now(): number
}

export type MethodHandler = (params: Params, state: ServerState) => ApiReply

export function profileOf(state: ServerState, chatId: number): Profile {
  return state.profiles.get(chatId) ?? DEFAULT_PROFILE
}

export function chatFor(state: ServerState, chatId: number): Chat {
  return chatOf(chatId, profileOf(state, chatId))
}

/** The numeric chat a call is about; `@username` targets are not modelled. */
export function chatIdOf(params: Params): number | undefined {
  const id = Number(params.chat_id)
  return params.chat_id === undefined || !Number.isSafeInteger(id) ? undefined : id
}

export function unixTime(ms: number): number {
  return Math.floor(ms / 1000)
}
