/** The envelope the Bot API answers every call with. */
export type ApiFailure = {
  ok: false
  error_code: number
  description: string
  parameters?: { retry_after: number }
}

export type ApiReply = { ok: true; result: unknown } | ApiFailure

/** Parameters of one call, after JSON or form decoding. */
export type Params = Record<string, unknown>

export const ok = (result: unknown): ApiReply => ({ ok: true, result })

export const badRequest = (detail: string): ApiFailure => ({
  ok: false,
  error_code: 400,
  description: `Bad Request: ${detail}`,
})

export const forbidden = (description: string): ApiFailure => ({
  ok: false,
  error_code: 403,
  description,
})

export const conflict = (detail: string): ApiFailure => ({
  ok: false,
  error_code: 409,
  description: `Conflict: ${detail}`,
})

export const tooManyRequests = (retryAfter: number): ApiFailure => ({
  ok: false,
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
})

export const serverError = (description: string): ApiFailure => ({
  ok: false,
  error_code: 500,
  description,
})
