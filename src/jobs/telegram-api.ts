import { UnrecoverableError } from 'bullmq'
import { Api, GrammyError, HttpError } from 'grammy'
import type { SendOutcome } from '../core/campaigns/deliveries.ts'
import type { Container } from '../core/container.ts'

const apis = new WeakMap<Container, Api>()

/**
 * The Bot API client job processes send with, one per container. No
 * auto-retry: broadcast sending decides itself what a 429 or 403 means.
 */
export function telegramApi(container: Container): Api {
  let api = apis.get(container)
  if (api) return api
  const token = container.config.TELEGRAM_BOT_TOKEN
  if (!token)
    throw new UnrecoverableError('TELEGRAM_BOT_TOKEN is missing: the worker role needs it to send')
  // A send stuck longer than this is retried rather than holding its job's lock.
  api = new Api(token, { apiRoot: container.config.TELEGRAM_API_ROOT, timeoutSeconds: 10 })
  apis.set(container, api)
  return api
}

export type Classified = { outcome: SendOutcome; retryAfter?: number }

/**
 * What a failed send means for the delivery: 429 waits `retry_after`, 403
 * (blocked, deactivated) marks the worker unreachable, another 4xx will not
 * succeed on retry, and anything else (5xx, network) is tried again later.
 */
export function classifySendError(error: unknown): Classified {
  if (error instanceof GrammyError) {
    if (error.error_code === 429)
      return { outcome: 'retry', retryAfter: error.parameters.retry_after ?? 1 }
    if (error.error_code === 403) return { outcome: 'blocked' }
    if (error.error_code >= 400 && error.error_code < 500) return { outcome: 'failed' }
    return { outcome: 'retry' }
  }
  if (error instanceof HttpError) return { outcome: 'retry' }
  throw error
}
