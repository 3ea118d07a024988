import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Container } from '../../src/core/container.ts'
import { jobDefinitions } from '../../src/jobs/all.ts'
import { startWorkers } from '../../src/jobs/start-workers.ts'
import { deliveryCounts, sendBroadcast } from '../support/broadcasts.ts'
import { jobContainer, seedWorkers } from '../support/job-container.ts'
import { BotApiServer } from '../support/telegram/bot-api-server.ts'
import { TEST_TOKEN } from '../support/telegram-harness.ts'

const ADMIN_CHAT = 42

describe('a campaign broadcast under Telegram limits', () => {
  let api: BotApiServer
  let container: Container
  let stop: () => Promise<void>
  let workers: { id: string; chatId: number }[]

  beforeAll(async () => {
    api = await BotApiServer.start({ ratePerSecond: 30, perChatPerSecond: 1 })
    ;({ container } = await jobContainer({
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      BROADCAST_PROGRESS_MS: '300',
    }))
    workers = await seedWorkers(container, 90)
    ;({ stop } = startWorkers(container, jobDefinitions))
  })
  afterAll(async () => {
    await stop()
    await container.close()
    await api.close()
  })

  const at = (i: number) => workers[i] as { id: string; chatId: number }
  const finished = (broadcastId: string) =>
    api.waitFor(
      () => api.messages(ADMIN_CHAT).some((m) => m.text?.includes('已完成')) && broadcastId,
      { timeoutMs: 30_000 },
    )

  it('reaches everyone once, honours a 429 and marks those who blocked the bot', async () => {
    for (const i of [3, 4, 5]) api.blockChat(at(i).chatId)
    api.failNext('sendMessage', { code: 429, retryAfter: 1 }, { chatId: at(40).chatId })
    await container.db.prisma.noticePreference.create({
      data: { workerId: at(7).id, optedOut: true },
    })
    await container.db.prisma.worker.delete({ where: { id: at(8).id } })

    const id = await sendBroadcast(container, {
      body: '送清凉：7 月 15 日起在工会领取防暑用品',
      progressRef: { channel: 'telegram', chatId: ADMIN_CHAT },
    })
    await finished(id)

    const served = workers.filter((_, i) => ![3, 4, 5, 7, 8].includes(i))
    for (const worker of served) expect(api.messages(worker.chatId)).toHaveLength(1)
    for (const i of [3, 4, 5, 7, 8]) expect(api.messages(at(i).chatId)).toHaveLength(0)
    expect(api.duplicates().count).toBe(0)

    const stats = api.stats()
    expect(stats.tooManyRequests).toBeGreaterThanOrEqual(1)
    // Nothing went out while Telegram's retry_after ran.
    const calls = api.calls('sendMessage').filter((call) => call.chatId !== ADMIN_CHAT)
    // (Sends already on their way with it may still arrive just after it.)
    const limited = calls.find((call) => !call.reply.ok && call.reply.error_code === 429)
    const limitedAt = limited?.time ?? 0
    const during = calls.filter(
      (call) => call.time > limitedAt + 300 && call.time < limitedAt + 1000,
    )
    expect(limited).toBeDefined()
    expect(during).toEqual([])
    // ...and sending picks up again once it has run, not a second retry_after later.
    const resumed = calls.find((call) => call.time >= limitedAt + 1000)
    expect((resumed?.time ?? Number.POSITIVE_INFINITY) - limitedAt).toBeLessThan(1600)
    expect(stats.forbidden).toBe(3)
    expect(stats.peakPerSecond).toBeLessThanOrEqual(30)
    expect(await deliveryCounts(container, id)).toEqual({ sent: served.length, blocked: 3 })
    const unreachable = await container.db.prisma.noticePreference.count({
      where: { unreachableAt: { not: null } },
    })
    expect(unreachable).toBe(3)
    // The progress message was edited in place, not posted again.
    expect(api.messages(ADMIN_CHAT)).toHaveLength(1)
    expect(api.messages(ADMIN_CHAT)[0]?.text).toContain(`已发送 ${served.length}`)
  })

  it('does not try those who blocked the bot the next time', async () => {
    const before = api.stats().forbidden
    const id = await sendBroadcast(container, {
      body: '送温暖：春节慰问品发放通知',
      progressRef: { channel: 'telegram', chatId: ADMIN_CHAT + 1 },
    })
    await api.waitFor(() => api.messages(ADMIN_CHAT + 1).some((m) => m.text?.includes('已完成')), {
      timeoutMs: 30_000,
    })
    expect(api.stats().forbidden).toBe(before)
    expect((await deliveryCounts(container, id)).sent).toBe(workers.length - 5)
  })
})
