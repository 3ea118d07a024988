import type { z } from 'zod'
import { type Config, configSchema } from './schema.ts'

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string }

/**
 * Reads the environment into a typed config. Empty strings count as unset, so
 * `FOO=` in a .env file falls back to the default instead of failing.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const parsed = configSchema.safeParse(cleaned)
  if (parsed.success) return { ok: true, config: parsed.data }

  const issue = parsed.error.issues[0]
  const name = String(issue?.path[0] ?? 'configuration')
  return { ok: false, message: `Configuration error: ${name} ${reasonOf(issue, cleaned[name])}.` }
}

/** What is wrong, in the words of this project; the value itself is never repeated (it may be a secret, and this line goes to logs). */
function reasonOf(issue: z.core.$ZodIssue | undefined, given: string | undefined): string {
  switch (issue?.code) {
    case 'invalid_type':
      return given === undefined ? 'is missing' : `should be a ${issue.expected}`
    case 'too_big':
      return `should be at most ${String(issue.maximum)}`
    case 'too_small':
      return `should be at least ${String(issue.minimum)}`
    case 'invalid_value':
      return `should be one of ${issue.values.map(String).join(', ')}`
    default:
      return issue?.message ?? 'is not valid'
  }
}

/** Settings a role cannot run without; checked after parsing, per role. */
export function requireFor(config: Config, role: string): string | undefined {
  if (role === 'bot' && !config.TELEGRAM_BOT_TOKEN) {
    return 'Configuration error: TELEGRAM_BOT_TOKEN is missing. Set it to the token from @BotFather, or run `npm run chat` to talk to the bot in this terminal.'
  }
  if (role === 'slack') {
    const missing = slackMissing(config)
    if (missing) return `Configuration error: ${missing} is missing. The slack role needs it.`
  }
  if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET) {
    return 'Configuration error: WEBHOOK_SECRET is missing. Webhook mode needs it so only Telegram can post updates.'
  }
  if (config.NODE_ENV === 'production' && !config.DATA_KEY) {
    return 'Configuration error: DATA_KEY is missing. Production needs a fixed key: generate one with `openssl rand -base64 32`.'
  }
  return undefined
}

function slackMissing(config: Config): string | undefined {
  if (!config.SLACK_BOT_TOKEN) return 'SLACK_BOT_TOKEN'
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) return 'SLACK_SIGNING_SECRET'
  if (!config.SLACK_CASEWORKER_CHANNEL) return 'SLACK_CASEWORKER_CHANNEL'
  if (config.SLACK_CASEWORKERS.length === 0 && !config.SLACK_CASEWORKER_GROUP)
    return 'SLACK_CASEWORKERS (or SLACK_CASEWORKER_GROUP)'
  return undefined
}
