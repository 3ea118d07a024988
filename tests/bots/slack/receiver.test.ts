import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { blockAction } from '../../support/slack/payloads.ts'
import { CASE_CHANNEL, CaseworkHarness, ZHANG } from '../../support/slack-harness.ts'

describe('the Slack app behind Bolt’s HTTP receiver', () => {
  let harness: CaseworkHarness
  beforeAll(async () => {
    harness = await CaseworkHarness.start()
  })
  afterAll(() => harness.close())

  const press = () =>
    blockAction({
      user: ZHANG,
      actionId: 'case.claim',
      value: 'x',
      channel: CASE_CHANNEL,
      messageTs: '1.1',
    })

  it('asks Slack who it is at start, through the configured API URL', () => {
    expect(harness.slackApi.calls('auth.test')).toHaveLength(1)
  })

  it('tells someone outside the caseworker group, privately, that they cannot act', async () => {
    const response = await harness.sender.interaction(press())
    expect(response.status).toBe(200)
    const refusal = await harness.slackApi.waitFor(() => harness.slackApi.ephemeralsFor(ZHANG)[0])
    expect(refusal.text).toMatch(/Only members of the caseworker group/)
    expect(harness.slackApi.calls('chat.postMessage')).toHaveLength(0)
  })

  it('refuses a request signed with the wrong secret, and one with a stale timestamp', async () => {
    const before = harness.slackApi.workspace.calls.length
    const forged = await harness.sender.interaction(press(), { secret: 'not-the-secret' })
    const stale = await harness.sender.interaction(press(), {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    })
    expect(forged.status).toBe(401)
    expect(stale.status).toBe(401)
    expect(harness.slackApi.workspace.calls.length).toBe(before)
  })
})
