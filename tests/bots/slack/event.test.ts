import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseWorker } from '../../../src/core/privacy/erase.ts'
import { jobDefinitions } from '../../../src/jobs/all.ts'
import { startWorkers } from '../../../src/jobs/start-workers.ts'
import { testRedisUrl, uniquePrefix } from '../../support/redis.ts'
import { slashCommand, viewSubmission } from '../../support/slack/payloads.ts'
import { CASE_CHANNEL, CaseworkHarness, WANG } from '../../support/slack-harness.ts'
import type { WorkerChat } from '../../support/telegram-harness.ts'

describe('a summer camp an admin creates in Slack', () => {
  let harness: CaseworkHarness
  let stop: () => Promise<void>
  let parents: WorkerChat[]
  let eventId: string

  beforeAll(async () => {
    harness = await CaseworkHarness.start({
      env: { SLACK_ADMINS: WANG, REDIS_URL: await testRedisUrl(), QUEUE_PREFIX: uniquePrefix() },
    })
    ;({ stop } = startWorkers(harness.telegram.container, jobDefinitions))
    parents = []
    for (const children of [2, 1, 0]) parents.push(await seeded(children))
  })
  afterAll(async () => {
    await stop()
    await harness.close()
  })

  async function seeded(children: number): Promise<WorkerChat> {
    const chat = harness.telegram.chat()
    const { db, cipher } = harness.telegram.container
    const worker = await db.prisma.worker.create({
      data: { channel: 'telegram', externalId: String(chat.chatId), alias: `p${chat.chatId}` },
    })
    await db.prisma.consent.create({
      data: { workerId: worker.id, purpose: 'notice', noticeVersion: 'test' },
    })
    const facts = { children, schoolStages: children ? ['compulsory'] : [] }
    await db.prisma.profile.create({ data: { workerId: worker.id, facts: cipher.sealJson(facts) } })
    return chat
  }

  it('invites parents only, signs a child up per stage, and keeps the one place', async () => {
    const when = new Date(Date.now() + 10 * 24 * 3_600_000 + 8 * 3_600_000)
    await harness.sender.interaction(
      viewSubmission({
        user: WANG,
        callbackId: 'event.create',
        privateMetadata: '',
        values: {
          kind: { value: { selected_option: { value: 'camp' } } },
          title: { value: { value: '暑期夏令营' } },
          when: { value: { value: when.toISOString().slice(0, 16).replace('T', ' ') } },
          where: { value: { value: '青少年活动中心' } },
          capacity: { value: { value: '1' } },
          stages: { value: { value: 'compulsory' } },
          segment: { value: { value: 'children=yes' } },
          offer: { value: {} },
        },
      }),
    )
    const [first, second, childless] = parents as [WorkerChat, WorkerChat, WorkerChat]
    for (const chat of [first, second]) await chat.api.waitForMessages(chat.chatId, 1, 10_000)
    eventId = (await harness.telegram.container.db.prisma.event.findFirstOrThrow()).id

    await first.tap('为孩子报名')
    expect(first.buttons()).toEqual(['第 1 个孩子', '第 2 个孩子'])
    await first.tap('第 2 个孩子')
    await first.tap('小学或初中')
    expect(first.lastText()).toContain('已报名')
    await second.tap('为孩子报名')
    await second.tap('第 1 个孩子')
    await second.tap('小学或初中')
    expect(second.lastText()).toContain('候补名单第 1 位')
    expect(childless.api.messages(childless.chatId)).toHaveLength(0)
  })

  it('gives a caseworker the sign-up list, and logs that they read it', async () => {
    await harness.sender.command(
      slashCommand({ user: WANG, command: '/attendees', text: eventId, channel: CASE_CHANNEL }),
    )
    const list = await harness.slackApi.waitFor(() =>
      harness.slackApi.ephemeralsFor(WANG).find((e) => e.text.includes('sign-up')),
    )
    expect(list.text).toContain('child-2,compulsory,confirmed')
    expect(list.text).toContain('child-1,compulsory,waiting')
    const logged = await harness.telegram.container.db.prisma.accessLog.count({
      where: { action: 'event.attendees.read', actor: `slack:${WANG}` },
    })
    expect(logged).toBe(2)
  })

  it('gives back the place of a worker who erases their data', async () => {
    const { prisma } = harness.telegram.container.db
    const holder = await prisma.eventSignup.findFirstOrThrow({ where: { status: 'confirmed' } })
    await prisma.$transaction((tx) => eraseWorker(tx, holder.workerId, undefined))
    expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).taken).toBe(0)
    expect(await prisma.eventSignup.count({ where: { workerId: holder.workerId } })).toBe(0)
  })
})
