import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { announceEvent } from '../../../src/core/events/announce-event.ts'
import type { Facts } from '../../../src/core/screening/facts.ts'
import { jobDefinitions } from '../../../src/jobs/all.ts'
import { scheduleBroadcast } from '../../../src/jobs/schedule-broadcast.ts'
import { startWorkers } from '../../../src/jobs/start-workers.ts'
import { testRedisUrl, uniquePrefix } from '../../support/redis.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

const DAY = 24 * 3_600_000
const TITLE = '慢性病用药与饮食健康讲堂'

describe('a health talk for workers with a chronic illness', () => {
  let harness: Harness
  let stop: () => Promise<void>
  const chats: Record<string, WorkerChat> = {}
  let broadcasts: { id: string; scheduledAt: Date | null }[]

  beforeAll(async () => {
    harness = await Harness.start({
      env: {
        REDIS_URL: await testRedisUrl(),
        QUEUE_PREFIX: uniquePrefix(),
        OUTBOX_SWEEP_MS: '100',
        BROADCAST_PROGRESS_MS: '200',
      },
    })
    ;({ stop } = startWorkers(harness.container, jobDefinitions))
    const illness = { chronic: ['self_chronic'], healthy: [] } as const
    const people = {
      A: 'chronic',
      B: 'chronic',
      C: 'chronic',
      D: 'healthy',
      E: 'healthy',
      F: 'chronic',
    } as const
    for (const [name, kind] of Object.entries(people))
      chats[name] = await seededChat(harness, { illness: [...illness[kind]], children: 0 })
  })
  afterAll(async () => {
    await stop()
    await harness.close()
  })

  const texts = (name: string) => harness.api.messages(chat(name).chatId).map((m) => m.text ?? '')
  const chat = (name: string) => chats[name] as WorkerChat
  const waitFor = (name: string, text: string) =>
    harness.api.waitFor(() => texts(name).some((t) => t.includes(text)), { timeoutMs: 20_000 })
  const deliveredTo = async (broadcastId: string) => {
    const rows = await harness.db.prisma.broadcastDelivery.findMany({ where: { broadcastId } })
    const workers = await harness.db.prisma.worker.findMany({
      where: { id: { in: rows.map((row) => row.workerId) } },
    })
    const byChat = new Map(Object.entries(chats).map(([name, c]) => [String(c.chatId), name]))
    return workers.map((w) => byChat.get(w.externalId)).sort()
  }

  it('invites exactly the workers with a chronic illness who still want notices', async () => {
    await chat('F').command('unsubscribe')
    const { db } = harness.container
    const now = harness.container.conversation.now()
    const announced = await db.prisma.$transaction((tx) =>
      announceEvent(tx, {
        kind: 'health_talk',
        title: TITLE,
        startsAt: new Date(now.getTime() + 3 * DAY),
        place: '市总工会三楼报告厅',
        segment: { illness: ['self_chronic'] },
        createdBy: 'slack:UADMIN1',
      }),
    )
    broadcasts = announced.broadcasts
    for (const broadcast of broadcasts) await scheduleBroadcast(harness.container, broadcast, now)

    for (const name of ['A', 'B', 'C']) await waitFor(name, TITLE)
    expect(chat('A').buttons()).toEqual(['✅ 参加', '这次不参加'])
    expect(await deliveredTo(broadcasts[0]?.id as string)).toEqual(['A', 'B', 'C'])
    for (const name of ['D', 'E']) expect(texts(name)).toEqual([])
    expect(texts('F')).toHaveLength(1) // only the answer to /unsubscribe
  })

  it('sends the 24 h and 1 h reminders to those who joined, and nothing to those who declined', async () => {
    expect(await chat('A').tap('参加')).toHaveLength(1)
    expect(chat('A').lastText()).toContain('已报名')
    await chat('B').tap('这次不参加')
    await chat('C').tap('参加')
    const bBefore = texts('B').length

    const queue = harness.container.jobs.queue('broadcasts')
    const [, day, hour] = broadcasts
    const dayJob = await queue.getJob(`bb_${day?.id}`)
    expect(dayJob?.opts.delay).toBeGreaterThan(2 * DAY - 60_000)
    expect(dayJob?.opts.delay).toBeLessThanOrEqual(2 * DAY)
    // Time moves on: the reminder's delayed job falls due now.
    await dayJob?.promote()
    for (const name of ['A', 'C']) await waitFor(name, '明天')
    await (await queue.getJob(`bb_${hour?.id}`))?.promote()
    for (const name of ['A', 'C']) await waitFor(name, '一小时后')

    expect(await deliveredTo(day?.id as string)).toEqual(['A', 'C'])
    expect(await deliveredTo(hour?.id as string)).toEqual(['A', 'C'])
    expect(texts('B')).toHaveLength(bBefore)
    for (const name of ['D', 'E']) expect(texts(name)).toEqual([])
    expect(harness.api.duplicates().count).toBe(0)
  })
})

/** A worker who accepted the notice earlier and answered screening with these facts. */
async function seededChat(harness: Harness, facts: Facts): Promise<WorkerChat> {
  const chat = harness.chat()
  const { db, cipher } = harness.container
  const worker = await db.prisma.worker.create({
    data: { channel: 'telegram', externalId: String(chat.chatId), alias: `h${chat.chatId}` },
  })
  await db.prisma.consent.createMany({
    data: ['notice', 'sensitive'].map((purpose) => ({
      workerId: worker.id,
      purpose,
      noticeVersion: 'test',
    })),
  })
  await db.prisma.profile.create({ data: { workerId: worker.id, facts: cipher.sealJson(facts) } })
  return chat
}
