import { createHmac, randomBytes } from 'node:crypto'

export type SendOptions = {
  /** Sent as x-slack-retry-num, as Slack does when it retries an event. */
  retryNum?: number
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number
  /** Sign with this secret instead of the right one (a forgery). */
  secret?: string
}

export type SlackResponse = { status: number; body: string; ms: number }

/**
 * Posts requests to the real Bolt HTTP receiver the way Slack does: signed
 * with v0 HMAC-SHA256 over `v0:<timestamp>:<body>` in x-slack-signature, with
 * x-slack-request-timestamp, JSON for events, url-encoded for interactivity
 * and commands.
 */
export class SlackSender {
  constructor(
    readonly url: string,
    private readonly signingSecret: string,
  ) {}

  /** An Events API callback (event_id fresh unless given, so retries can repeat it). */
  event(event: Record<string, unknown>, options: SendOptions & { eventId?: string } = {}) {
    const body = JSON.stringify({
      token: 'deprecated-verification-token',
      team_id: 'T0BANGFU',
      api_app_id: 'A0BANGFU',
      type: 'event_callback',
      event_id: options.eventId ?? `Ev${randomBytes(6).toString('hex').toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      event,
    })
    return this.send(body, 'application/json', options)
  }

  /** An interactive payload (block_actions, view_submission), url-encoded as `payload=`. */
  interaction(payload: Record<string, unknown>, options: SendOptions = {}) {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString()
    return this.send(body, 'application/x-www-form-urlencoded', options)
  }

  /** A slash command, url-encoded fields. */
  command(fields: Record<string, string>, options: SendOptions = {}) {
    const body = new URLSearchParams(fields).toString()
    return this.send(body, 'application/x-www-form-urlencoded', options)
  }

  async send(body: string, contentType: string, options: SendOptions = {}): Promise<SlackResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
    const signature = sign(options.secret ?? this.signingSecret, timestamp, body)
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    }
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum)
      headers['x-slack-retry-reason'] = 'http_timeout'
    }
    const started = performance.now()
    const response = await fetch(this.url, { method: 'POST', headers, body })
    return { status: response.status, body: await response.text(), ms: performance.now() - started }
  }
}

export function sign(secret: string, timestamp: number, body: string): string {
  const hash = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')
  return `v0=${hash}`
}
