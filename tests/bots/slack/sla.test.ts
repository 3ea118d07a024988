import type { Job } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { officeStatus } from '../../../src/core/cases/office-hours.ts'
import { reannounceJob } from '../../../src/jobs/case-reannounce.ts'
import { testRedisUrl, uniquePrefix } from '../../support/redis.ts'
import { workerWithCase } from '../../support/slack/case-story.ts'
import { SlackPerson } from '../../support/slack/caseworker.ts'
import { CASE_CHANNEL, CaseworkHarness, WANG } from '../../support/slack-harness.ts'

// Saturday 5 December 2026, 10:00 in Shanghai: outside office hours.
const SATURDAY = new Date('2026-12-05T02:00:00Z')
const OFFICE = { hours: '09:00-18:00', days: '1-5', timeZone: 'Asia/Shanghai' }

describe('unclaimed cases and office hours', () => {
  let harness: CaseworkHarness
  let clock = SATURDAY
  beforeAll(async () => {
    harness = await CaseworkHarness.start({
      now: () => clock,
      env: {
        REDIS_URL: await testRedisUrl(),
        QUEUE_PREFIX: uniquePrefix(),
        CASE_SLA_MINUTES: '30',
        CASE_URGENT_SLA_MINUTES: '5',
      },
    })
  })
  afterAll(() => harness.close())

  const reannounce = (caseId: string, round: number) =>
    reannounceJob.process({ data: { caseId, round } } as Job<{ caseId: string; round: number }>, {
      container: harness.telegram.container,
      now: () => clock,
    })
  const queued = (caseId: string, round: number) =>
    harness.telegram.container.jobs.queue('casework').getJob(`case_${caseId}_announce_${round}`)

  it('a worker asking on a Saturday is told caseworkers answer from Monday 09:00', async () => {
    const story = await workerWithCase(harness)
    const reply = story.chat.api
      .messages(story.chat.chatId)
      .find((m) => m.text?.includes('已经为您登记'))
    expect(reply?.text).toContain('周一 09:00 以后回复您')
  })

  it('knows office hours across days and time zones', () => {
    expect(officeStatus(new Date('2026-12-07T02:00:00Z'), OFFICE)).toEqual({ open: true })
    expect(officeStatus(new Date('2026-12-07T11:00:00Z'), OFFICE)).toEqual({
      open: false,
      weekday: 2,
      time: '09:00',
      inDays: 1,
    })
    expect(officeStatus(new Date('2026-12-07T00:30:00Z'), OFFICE)).toEqual({
      open: false,
      weekday: 1,
      time: '09:00',
      inDays: 0,
    })
    expect(officeStatus(SATURDAY, OFFICE)).toEqual({
      open: false,
      weekday: 1,
      time: '09:00',
      inDays: 2,
    })
  })

  it('an unclaimed case is announced again after 30 minutes, and again after that, until claimed', async () => {
    const story = await workerWithCase(harness)
    await harness.slack.sync.wake() // the run that posted the card also scheduled its job
    const first = await queued(story.case.id, 1)
    expect(first?.delay).toBe(30 * 60_000)

    clock = new Date(SATURDAY.getTime() + 31 * 60_000)
    expect(await reannounce(story.case.id, 1)).toEqual({ announced: true })
    const again = await harness.slackApi.waitFor(() =>
      harness.slackApi
        .channelMessages(CASE_CHANNEL)
        .find((m) => m.text.startsWith(`⏰ ${story.case.reference}`)),
    )
    expect(again.text).toContain('waited 31 min')
    expect(JSON.stringify(again.blocks)).toContain('case.claim')
    expect((await queued(story.case.id, 2))?.delay).toBe(30 * 60_000)

    await new SlackPerson(WANG, harness.sender, harness.slackApi, CASE_CHANNEL).press(
      'case.claim',
      story.case.id,
      again.ts,
    )
    await harness.slackApi.waitFor(() => JSON.stringify(story.card.blocks).includes('Claimed'))
    expect(await reannounce(story.case.id, 2)).toEqual({ announced: false })
    expect(await queued(story.case.id, 3)).toBeUndefined()
  })

  it('an urgent case is announced again sooner', async () => {
    const chat = await harness.telegram.chat().agreeToAll()
    await chat.say('他天天打我，我不敢回家')
    const worker = await harness.telegram.db.prisma.worker.findFirstOrThrow({
      where: { externalId: String(chat.chatId) },
    })
    const found = await harness.telegram.db.prisma.case.findFirstOrThrow({
      where: { workerId: worker.id },
    })
    expect(found.urgent).toBe(true)
    await harness.slackApi.waitFor(() =>
      harness.slackApi.channelMessages(CASE_CHANNEL).find((m) => m.text.includes(found.reference)),
    )
    await harness.slack.sync.wake()
    const first = await queued(found.id, 1)
    expect(first?.delay).toBe(5 * 60_000)
  })
})
