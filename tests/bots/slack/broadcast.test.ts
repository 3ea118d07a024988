import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jobDefinitions } from '../../../src/jobs/all.ts'
import { startWorkers } from '../../../src/jobs/start-workers.ts'
import { testRedisUrl, uniquePrefix } from '../../support/redis.ts'
import { blockAction, slashCommand, viewSubmission } from '../../support/slack/payloads.ts'
import { CASE_CHANNEL, CaseworkHarness, LI, WANG, ZHANG } from '../../support/slack-harness.ts'

const TEXT = '送清凉：7 月 15 日起到区工会领取防暑降温用品'

describe('an admin composing a broadcast in Slack', () => {
  let harness: CaseworkHarness
  let stop: () => Promise<void>
  const chats = [9_300_001, 9_300_002, 9_300_003]

  beforeAll(async () => {
    harness = await CaseworkHarness.start({
      env: {
        SLACK_ADMINS: `${WANG},${LI}`,
        REDIS_URL: await testRedisUrl(),
        QUEUE_PREFIX: uniquePrefix(),
        BROADCAST_APPROVAL_OVER: '2',
        BROADCAST_PROGRESS_MS: '200',
      },
    })
    ;({ stop } = startWorkers(harness.telegram.container, jobDefinitions))
    await harness.telegram.container.db.prisma.worker.createMany({
      data: chats.map((c) => ({ channel: 'telegram', externalId: String(c), alias: `s${c}` })),
    })
  })
  afterAll(async () => {
    await stop()
    await harness.close()
  })

  const telegram = () => harness.telegram.api
  const command = (user: string) =>
    harness.sender.command(
      slashCommand({ user, command: '/broadcast', text: '', channel: CASE_CHANNEL }),
    )
  const press = (user: string, actionId: string, value: string) =>
    harness.sender.interaction(
      blockAction({ user, actionId, value, channel: CASE_CHANNEL, messageTs: '1.1' }),
    )
  const submit = (mode: 'test' | 'send') =>
    harness.sender.interaction(
      viewSubmission({
        user: WANG,
        callbackId: 'broadcast.compose',
        privateMetadata: '',
        values: {
          text: { value: { value: TEXT } },
          segment: { value: { value: 'kind=campaign lang=zh-CN' } },
          schedule: { value: {} },
          mode: { value: { selected_option: { value: mode } } },
        },
      }),
    )

  it('is refused to someone who is not an admin, and opens the modal for one who is', async () => {
    await command(ZHANG)
    await harness.slackApi.waitFor(() => harness.slackApi.ephemeralsFor(ZHANG)[0])
    expect(harness.slackApi.calls('views.open')).toHaveLength(0)

    await command(WANG)
    const opened = await harness.slackApi.waitFor(() => harness.slackApi.workspace.views[0])
    expect(opened.view.callback_id).toBe('broadcast.compose')
  })

  it('test-sends to the admin alone, with the count it would reach', async () => {
    await submit('test')
    const preview = await harness.slackApi.waitFor(() =>
      harness.slackApi.channelMessages(WANG).find((m) => m.text.includes('would reach 3')),
    )
    expect(harness.slackApi.channelMessages(WANG)[0]?.text).toBe(TEXT)
    expect(preview).toBeDefined()
    for (const chatId of chats) expect(telegram().messages(chatId)).toHaveLength(0)
  })

  it('over the approval limit waits for a second admin, then reports progress in place', async () => {
    const draft = await harness.telegram.container.db.prisma.broadcast.findFirstOrThrow({
      where: { createdBy: `slack:${WANG}` },
    })
    await press(WANG, 'broadcast.send', draft.id)
    await harness.slackApi.waitFor(() =>
      harness.slackApi.channelMessages(CASE_CHANNEL).find((m) => m.text.includes('approval')),
    )

    await press(WANG, 'broadcast.approve', draft.id)
    await harness.slackApi.waitFor(() =>
      harness.slackApi.ephemeralsFor(WANG).find((e) => e.text.includes('second admin')),
    )
    for (const chatId of chats) expect(telegram().messages(chatId)).toHaveLength(0)

    await press(LI, 'broadcast.approve', draft.id)
    for (const chatId of chats) await telegram().waitForMessages(chatId, 1, 10_000)
    const progress = await harness.slackApi.waitFor(
      () =>
        harness.slackApi
          .channelMessages(WANG)
          .find((m) => m.text.includes('finished') && m.text.includes('3 sent')),
      15_000,
    )
    expect(progress.edits).toBeGreaterThan(0)
    expect(telegram().messages(chats[0] as number)[0]?.text).toBe(TEXT)
  })
})
