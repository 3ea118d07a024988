import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { texts, workerWithCase } from '../../support/slack/case-story.ts'
import { blockAction, messageEvent } from '../../support/slack/payloads.ts'
import { CASE_CHANNEL, CASEWORKER_GROUP, CaseworkHarness } from '../../support/slack-harness.ts'

const CASEWORKERS = Array.from({ length: 20 }, (_, i) => `U0CW${String(i).padStart(4, '0')}`)

describe('many caseworkers at once, and Slack retrying every delivery', () => {
  let harness: CaseworkHarness
  beforeAll(async () => {
    harness = await CaseworkHarness.start()
    harness.slackApi.addGroup(CASEWORKER_GROUP, CASEWORKERS)
  })
  afterAll(() => harness.close())

  it('20 simultaneous Claim presses, each retried: one owner, one message to the worker, one answer per press', async () => {
    const { slackApi, sender, telegram } = harness
    const story = await workerWithCase(harness)
    const before = texts(story.chat).length

    const presses = CASEWORKERS.map((user) =>
      blockAction({
        user,
        actionId: 'case.claim',
        value: story.case.id,
        channel: CASE_CHANNEL,
        messageTs: story.card.ts,
      }),
    )
    const responses = await Promise.all(
      presses.flatMap((press) => [
        sender.interaction(press),
        sender.interaction(press, { retryNum: 1 }),
      ]),
    )
    expect(responses.every((r) => r.status === 200)).toBe(true)

    const claimed = await telegram.db.prisma.case.findUniqueOrThrow({
      where: { id: story.case.id },
    })
    const owner = claimed.ownerId as string
    expect(CASEWORKERS).toContain(owner)
    const losers = CASEWORKERS.filter((user) => user !== owner)
    await slackApi.waitFor(() => losers.every((user) => slackApi.ephemeralsFor(user).length === 1))
    await story.chat.api.waitFor(() => texts(story.chat).length > before)
    await telegram.settled()

    expect(
      texts(story.chat)
        .slice(before)
        .filter((t) => t.includes('已经接手')),
    ).toHaveLength(1)
    for (const user of losers)
      expect(slackApi.ephemeralsFor(user)[0]?.text).toContain(`<@${owner}> has already claimed`)
    expect(slackApi.ephemeralsFor(owner)).toHaveLength(0)
    expect(slackApi.channelMessages(CASE_CHANNEL)).toHaveLength(1)
    const events = await telegram.db.prisma.caseEvent.count({
      where: { caseId: story.case.id, action: 'case.claimed' },
    })
    expect(events).toBe(1)
  })

  it('replies retried by Slack reach the worker once each, in order; the worker’s messages land once each, in order', async () => {
    const { slackApi, sender, telegram } = harness
    const story = await workerWithCase(harness)
    const owner = CASEWORKERS[0] as string
    await sender.interaction(
      blockAction({
        user: owner,
        actionId: 'case.claim',
        value: story.case.id,
        channel: CASE_CHANNEL,
        messageTs: story.card.ts,
      }),
    )
    await story.chat.api.waitFor(() => texts(story.chat).some((t) => t.includes('已经接手')))

    for (let i = 1; i <= 10; i++) {
      const ts = slackApi.workspace.userMessageTs()
      const event = messageEvent({
        user: owner,
        channel: CASE_CHANNEL,
        text: `第${i}条`,
        ts,
        threadTs: story.card.ts,
      })
      const eventId = `EvRELAY${i}X${story.case.id.slice(0, 6)}`
      await Promise.all([
        sender.event(event, { eventId }),
        sender.event(event, { eventId, retryNum: 1 }),
      ])
    }
    for (let i = 1; i <= 10; i++) await story.chat.say(`工人第${i}条`)

    const fromCaseworker = () => texts(story.chat).filter((t) => /（工作人员）：第\d+条$/.test(t))
    await story.chat.api.waitFor(() => fromCaseworker().length >= 10)
    const inThread = () =>
      slackApi.thread(CASE_CHANNEL, story.card.ts).filter((m) => /工人第\d+条/.test(m.text))
    await slackApi.waitFor(() => inThread().length >= 10)
    await telegram.settled()
    await harness.slack.sync.wake()

    expect(fromCaseworker().map((t) => t.replace(/^.*：/, ''))).toEqual(
      Array.from({ length: 10 }, (_, i) => `第${i + 1}条`),
    )
    expect(inThread().map((m) => m.text.replace(/^.*: /, ''))).toEqual(
      Array.from({ length: 10 }, (_, i) => `工人第${i + 1}条`),
    )
    const relayed = await telegram.db.prisma.caseMessage.count({
      where: { caseId: story.case.id, direction: 'to_worker' },
    })
    expect(relayed).toBe(10)
  })
})
