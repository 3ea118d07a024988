import { type ApiFailure, conflict, type Params } from './api-reply.ts'
import type { ServerState } from './server-state.ts'
import type { Poll } from './update-queue.ts'

const WEBHOOK_ACTIVE =
  "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"

/** Starts a getUpdates call, or refuses it while a webhook is set or a fault is planned. */
export function startPoll(params: Params, state: ServerState): Poll | ApiFailure {
  if (state.webhook.url) return conflict(WEBHOOK_ACTIVE)
  const planned = state.faults.take('getUpdates', undefined)
  if (planned) return planned

  return state.updates.poll({
    offset: params.offset === undefined ? undefined : Number(params.offset),
    limit: params.limit === undefined ? undefined : Number(params.limit),
    timeoutSeconds: Number(params.timeout ?? 0) || 0,
  })
}
