import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  RateLimitError,
} from 'openai'
import { zodResponseFormat } from 'openai/helpers/zod'
import type { z } from 'zod'
import type { Config } from '../config/schema.ts'
import type { Logger } from '../logger.ts'

/** Why a model call gave nothing usable; the caller falls back to the built-in matcher. */
export type ModelFailure =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'refused'
  | 'unreachable'
  | 'invalid_answer'

export type ModelAnswer<T> = { ok: true; value: T } | { ok: false; failure: ModelFailure }

/** One structured question to the model; `user` must already be redacted. */
export type ModelTask<T> = {
  name: string
  system: string
  user: string
  schema: z.ZodType<T>
  /** Overrides OPENAI_MAX_RETRIES, e.g. for work done outside a worker's turn. */
  maxRetries?: number
}

export type Model = {
  name: string
  ask<T>(task: ModelTask<T>): Promise<ModelAnswer<T>>
}

const MESSAGES: Record<ModelFailure | 'ok', string> = {
  ok: 'model answered',
  timeout: 'model timed out',
  rate_limited: 'model rate-limited (429)',
  server_error: 'model server error',
  refused: 'model refused the request',
  unreachable: 'model unreachable',
  invalid_answer: 'model answer invalid; treated as not understood',
}

/**
 * The OpenAI client for any OpenAI-compatible service (OPENAI_BASE_URL), or
 * undefined without OPENAI_API_KEY. Answers are JSON in the task's zod schema;
 * anything else is `invalid_answer`. Timeouts and retries are the client's own
 * options. Each call logs one line with its outcome, never the text.
 */
export function createModel(config: Config, log: Logger): Model | undefined {
  if (!config.OPENAI_API_KEY) return undefined
  const client = new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    timeout: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    // The outcome is logged below through pino; the client's console logging stays off.
    logLevel: 'off',
  })
  const model = config.OPENAI_MODEL

  async function ask<T>(task: ModelTask<T>): Promise<ModelAnswer<T>> {
    const started = performance.now()
    const answer = await call(task)
    const ms = Math.round(performance.now() - started)
    const outcome = answer.result.ok ? 'ok' : answer.result.failure
    const line = { task: task.name, model, outcome, ms, ...answer.detail }
    if (answer.result.ok) log.debug(line, MESSAGES.ok)
    else log.warn(line, MESSAGES[answer.result.failure])
    return answer.result
  }

  async function call<T>(
    task: ModelTask<T>,
  ): Promise<{ result: ModelAnswer<T>; detail?: Record<string, unknown> }> {
    try {
      const completion = await client.chat.completions.create(
        {
          model,
          temperature: 0,
          messages: [
            { role: 'system', content: task.system },
            { role: 'user', content: task.user },
          ],
          response_format: zodResponseFormat(task.schema, task.name),
        },
        task.maxRetries === undefined ? {} : { maxRetries: task.maxRetries },
      )
      return { result: parseAnswer(completion.choices[0]?.message?.content, task.schema) }
    } catch (error) {
      return { result: { ok: false, failure: classify(error) }, detail: describe(error) }
    }
  }

  return { name: model, ask }
}

function parseAnswer<T>(content: string | null | undefined, schema: z.ZodType<T>): ModelAnswer<T> {
  let json: unknown
  try {
    json = JSON.parse(content ?? '')
  } catch {
    return { ok: false, failure: 'invalid_answer' }
  }
  const parsed = schema.safeParse(json)
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, failure: 'invalid_answer' }
}

function classify(error: unknown): ModelFailure {
  if (error instanceof APIConnectionTimeoutError) return 'timeout'
  if (error instanceof APIConnectionError) return 'unreachable'
  if (error instanceof RateLimitError) return 'rate_limited'
  if (error instanceof APIError && (error.status ?? 0) >= 500) return 'server_error'
  if (error instanceof APIError) return 'refused'
  return 'unreachable'
}

function describe(error: unknown): Record<string, unknown> {
  if (error instanceof APIError && error.status) return { status: error.status }
  return { error: error instanceof Error ? error.name : typeof error }
}
