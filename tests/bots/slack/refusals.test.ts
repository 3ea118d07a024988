import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimedCase, texts, workerWithCase } from '../../support/slack/case-story.ts'
import { SlackPerson } from '../../support/slack/caseworker.ts'
import { CASE_CHANNEL, CaseworkHarness, LI, WANG, ZHANG } from '../../support/slack-harness.ts'

describe('what caseworkers and others cannot do, and what they are told', () => {
  let harness: CaseworkHarness
  let wang: SlackPerson
  beforeAll(async () => {
    harness = await CaseworkHarness.start()
    wang = new SlackPerson(WANG, harness.sender, harness.slackApi, CASE_CHANNEL)
  })
  afterAll(() => harness.close())

  it('someone outside the caseworker group pressing Approve is refused privately and nothing changes', async () => {
    const story = await claimedCase(harness, wang)
    const zhang = new SlackPerson(ZHANG, harness.sender, harness.slackApi, CASE_CHANNEL)
    const viewsBefore = harness.slackApi.workspace.views.length
    const response = await zhang.press('case.approve', story.case.id, story.card.ts)
    expect(response.status).toBe(200)
    const refusal = await harness.slackApi.waitFor(() =>
      harness.slackApi.ephemeralsFor(ZHANG).at(-1),
    )
    expect(refusal.text).toContain('Only members of the caseworker group')
    expect(harness.slackApi.workspace.views.length).toBe(viewsBefore)
    const after = await harness.telegram.db.prisma.case.findUniqueOrThrow({
      where: { id: story.case.id },
    })
    expect(after).toMatchObject({
      status: 'claimed',
      ownerId: WANG,
      cardVersion: story.case.cardVersion + 1,
    })
  })

  it('a request with a forged signature is refused with 401 and changes nothing', async () => {
    const story = await workerWithCase(harness)
    const calls = harness.slackApi.workspace.calls.length
    const forged = await wang.press('case.claim', story.case.id, story.card.ts, {
      secret: 'someone-elses-secret',
    })
    expect(forged.status).toBe(401)
    const after = await harness.telegram.db.prisma.case.findUniqueOrThrow({
      where: { id: story.case.id },
    })
    expect(after.status).toBe('unclaimed')
    expect(harness.slackApi.workspace.calls.length).toBe(calls)
  })

  it('a correctly signed request with a timestamp over five minutes old is refused with 401', async () => {
    const story = await workerWithCase(harness)
    const stale = await wang.press('case.claim', story.case.id, story.card.ts, {
      timestamp: Math.floor(Date.now() / 1000) - 5 * 60 - 30,
    })
    expect(stale.status).toBe(401)
    const after = await harness.telegram.db.prisma.case.findUniqueOrThrow({
      where: { id: story.case.id },
    })
    expect(after.status).toBe('unclaimed')
  })

  it('a reply in the thread of a closed case sends nothing; the caseworker is told it is closed', async () => {
    const story = await claimedCase(harness, wang)
    await wang.press('case.close', story.case.id, story.card.ts)
    await story.chat.api.waitFor(() => texts(story.chat).some((t) => t.includes('请打个分')))
    const before = texts(story.chat).length

    await wang.reply(story.card.ts, '还在吗？')
    const told = await harness.slackApi.waitFor(() =>
      harness.slackApi.ephemeralsFor(WANG).find((e) => e.threadTs === story.card.ts),
    )
    expect(told.text).toContain('This case is closed')
    await harness.telegram.settled()
    expect(texts(story.chat).length).toBe(before)
  })

  it('a reply to a worker who deleted their data sends nothing; the caseworker is told', async () => {
    const story = await claimedCase(harness, wang)
    await story.chat.command('delete')
    await story.chat.tap('确定删除')
    const before = harness.telegram.api.messages(story.chat.chatId).length
    await harness.slackApi.waitFor(() =>
      JSON.stringify(story.card.blocks).includes('deleted their data'),
    )

    await wang.reply(story.card.ts, '陈师傅，材料收到了吗？')
    const told = await harness.slackApi.waitFor(() =>
      harness.slackApi.ephemeralsFor(WANG).find((e) => e.threadTs === story.card.ts),
    )
    expect(told.text).toContain('deleted their data')
    await harness.telegram.settled()
    expect(harness.telegram.api.messages(story.chat.chatId).length).toBe(before)
    expect(
      await harness.telegram.db.prisma.caseMessage.count({ where: { caseId: story.case.id } }),
    ).toBe(0)
    const tombstone = await harness.telegram.db.prisma.case.findUniqueOrThrow({
      where: { id: story.case.id },
    })
    expect(tombstone).toMatchObject({ status: 'erased', workerId: null, summary: null })
  })

  it('a caseworker who does not own the case cannot write to its worker', async () => {
    const story = await claimedCase(harness, wang)
    const li = new SlackPerson(LI, harness.sender, harness.slackApi, CASE_CHANNEL)
    const before = texts(story.chat).length
    await li.reply(story.card.ts, '我来接手吧')
    const told = await harness.slackApi.waitFor(() =>
      harness.slackApi.ephemeralsFor(LI).find((e) => e.threadTs === story.card.ts),
    )
    expect(told.text).toContain('Someone else owns this case')
    await harness.telegram.settled()
    expect(texts(story.chat).length).toBe(before)
  })
})
