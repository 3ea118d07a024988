import { App, HTTPReceiver } from '@slack/bolt'
import type { Config } from '../../core/config/schema.ts'
import type { Logger } from '../../core/logger.ts'
import { boltLogger } from './bolt-logger.ts'

export const SLACK_EVENTS_PATH = '/slack/events'

/**
 * A Bolt App: the HTTP receiver checking every request against the signing
 * secret (or Socket Mode when SLACK_APP_TOKEN is set), and the Web API client
 * pointed at SLACK_API_URL. Listeners are registered by the caller; call
 * `app.init()` before `app.start()` (initialisation is deferred so the
 * auth.test call can fail with a clear message).
 */
export function createSlackApp(config: Config, log: Logger): App {
  const token = config.SLACK_BOT_TOKEN
  if (!token) throw new Error('SLACK_BOT_TOKEN is missing: set it to the bot token (xoxb-…)')
  const logger = boltLogger(log)
  const clientOptions = { slackApiUrl: config.SLACK_API_URL }

  if (config.SLACK_APP_TOKEN) {
    return new App({
      token,
      appToken: config.SLACK_APP_TOKEN,
      socketMode: true,
      clientOptions,
      logger,
      deferInitialization: true,
    })
  }
  const signingSecret = config.SLACK_SIGNING_SECRET
  if (!signingSecret) throw new Error('SLACK_SIGNING_SECRET is missing: copy it from the app page')
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    // Ack first, work after: Slack wants an answer within 3 seconds.
    processBeforeResponse: false,
    logger,
  })
  return new App({ token, receiver, clientOptions, logger, deferInitialization: true })
}
