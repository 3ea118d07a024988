import {
  type ApiFailure,
  badRequest,
  forbidden,
  serverError,
  tooManyRequests,
} from './api-reply.ts'

/** A failure Telegram really returns, to be served in place of the next matching call. */
export type Fault =
  | { code: 429; retryAfter: number }
  | { code: 403; description?: string }
  | { code: 400; description: string }
  | { code: 500; description?: string }

export interface FaultScope {
  /** Only calls to this chat; any chat when absent. */
  chatId?: number
  /** How many matching calls fail; 1 when absent. */
  times?: number
}

interface Rule {
  method: string
  fault: Fault
  chatId: number | undefined
  left: number
}

export const BLOCKED = 'Forbidden: bot was blocked by the user'

/** The faults a test has planned: one-off failures, blocked chats and slow methods. */
export class FaultPlan {
  private rules: Rule[] = []
  private readonly blocked = new Set<number>()
  private readonly delays = new Map<string, number>()

  failNext(method: string, fault: Fault, scope: FaultScope = {}): void {
    this.rules.push({ method, fault, chatId: scope.chatId, left: scope.times ?? 1 })
  }

  block(chatId: number): void {
    this.blocked.add(chatId)
  }

  hang(method: string, ms: number, chatId?: number): void {
    const key = chatId === undefined ? method : `${method}:${chatId}`
    if (ms > 0) this.delays.set(key, ms)
    else this.delays.delete(key)
  }

  delayOf(method: string, chatId?: number): number {
    const ofChat = chatId === undefined ? undefined : this.delays.get(`${method}:${chatId}`)
    return ofChat ?? this.delays.get(method) ?? 0
  }

  /** The failure this call gets, if any; using up one turn of a planned fault. */
  take(method: string, chatId: number | undefined): ApiFailure | undefined {
    if (chatId !== undefined && this.blocked.has(chatId)) return forbidden(BLOCKED)

    const rule = this.rules.find(
      (candidate) =>
        candidate.method === method &&
        (candidate.chatId === undefined || candidate.chatId === chatId),
    )
    if (!rule) return undefined

    rule.left -= 1
    if (rule.left <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule)
    return failureOf(rule.fault)
  }
}

function failureOf(fault: Fault): ApiFailure {
  switch (fault.code) {
    case 429:
      return tooManyRequests(fault.retryAfter)
    case 403:
      return forbidden(fault.description ?? BLOCKED)
    case 400:
      return badRequest(fault.description.replace(/^Bad Request: /, ''))
    case 500:
      return serverError(fault.description ?? 'Internal Server Error')
  }
}
