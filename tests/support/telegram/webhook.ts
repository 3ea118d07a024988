import type { Update } from 'grammy/types'
import type { Params } from './api-reply.ts'

export interface WebhookResult {
  status: number
  /** A method call the bot answered the webhook with, if it did. */
  reply: { method: string; params: Params } | undefined
}

/** Posts one update the way Telegram delivers to a webhook. */
export async function postUpdate(
  url: string,
  update: Update,
  secretToken: string | undefined,
): Promise<WebhookResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (secretToken !== undefined) headers['X-Telegram-Bot-Api-Secret-Token'] = secretToken

  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(update) })
  const body = await response.text()
  return { status: response.status, reply: methodIn(body) }
}

// grammY's webhook reply puts one call in the response body: `{ method, ...params }`.
function methodIn(body: string): WebhookResult['reply'] {
  try {
    const { method, ...params } = JSON.parse(body) as Params
    return typeof method === 'string' ? { method, params } : undefined
  } catch {
    return undefined
  }
}
