import { SocketModeReceiver } from '@slack/bolt'
import { describe, expect, it } from 'vitest'
import { createSlackApp } from '../../../src/bots/slack/create-app.ts'
import { loadConfig, requireFor } from '../../../src/core/config/load.ts'
import { createLogger } from '../../../src/core/logger.ts'

const base = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
  SLACK_SIGNING_SECRET: 'secret-of-eight',
  SLACK_CASEWORKER_CHANNEL: 'C0CASES',
  SLACK_CASEWORKERS: 'U0WANG, U0LI',
}

function config(env: Record<string, string>) {
  const loaded = loadConfig(env)
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded.config
}

describe('configuring the slack role', () => {
  it('reads caseworker ids as a list and names the first missing setting in one line', () => {
    expect(config(base).SLACK_CASEWORKERS).toEqual(['U0WANG', 'U0LI'])
    expect(requireFor(config(base), 'slack')).toBeUndefined()
    const { SLACK_CASEWORKERS: _, ...noCaseworkers } = base
    expect(requireFor(config(noCaseworkers), 'slack')).toContain(
      'SLACK_CASEWORKERS (or SLACK_CASEWORKER_GROUP)',
    )
    const { SLACK_BOT_TOKEN: __, ...noToken } = base
    expect(requireFor(config(noToken), 'slack')).toContain('SLACK_BOT_TOKEN is missing')
    const bad = loadConfig({ ...base, SLACK_CASEWORKERS: 'wang' })
    expect(bad.ok || bad.message).toContain('SLACK_CASEWORKERS')
  })

  it('uses Socket Mode when an app token is set, and then needs no signing secret', () => {
    const { SLACK_SIGNING_SECRET: _, ...socket } = { ...base, SLACK_APP_TOKEN: 'xapp-1-A1-abc' }
    expect(requireFor(config(socket), 'slack')).toBeUndefined()
    const app = createSlackApp(config(socket), createLogger('silent'))
    expect((app as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver)
    expect(app.client.slackApiUrl).toBe('https://slack.com/api/')
  })
})
