import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jobDefinitions } from '../../../src/jobs/all.ts'
import { startWorkers } from '../../../src/jobs/start-workers.ts'
import { testRedisUrl, uniquePrefix } from '../../support/redis.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

const ADMIN = 7_700_001
const NEWS = '新政策：困难职工子女助学金申请时间延长至 9 月 30 日'

describe('notices a worker chooses, and an admin broadcasting from Telegram', () => {
  let harness: Harness
  let stop: () => Promise<void>
  let admin: WorkerChat
  let workers: WorkerChat[]

  beforeAll(async () => {
    harness = await Harness.start({
      env: {
        BROADCAST_ADMINS: String(ADMIN),
        REDIS_URL: await testRedisUrl(),
        QUEUE_PREFIX: uniquePrefix(),
        BROADCAST_PROGRESS_MS: '200',
        BROADCAST_RATE_PER_SECOND: '3',
        BROADCAST_CHUNK: '1',
        OUTBOX_SWEEP_MS: '100',
      },
    })
    ;({ stop } = startWorkers(harness.container, jobDefinitions))
    admin = await noticed(harness.chat(ADMIN))
    workers = []
    for (let i = 0; i < 6; i++) workers.push(await noticed(harness.chat()))
  })
  afterAll(async () => {
    await stop()
    await harness.close()
  })

  async function noticed(chat: WorkerChat): Promise<WorkerChat> {
    await chat.command('start')
    await chat.tap('同意，开始')
    return chat
  }
  const at = (i: number) => workers[i] as WorkerChat
  const got = (chat: WorkerChat) => chat.api.messages(chat.chatId).filter((m) => m.text === NEWS)

  it('lets a worker turn off one kind of notice, or all of them and back', async () => {
    await at(0).command('notices')
    expect(at(0).buttons()).toContain('✅ 政策消息')
    await at(0).tap('政策消息')
    expect(at(0).buttons()).toContain('政策消息')
    expect(at(0).buttons()).not.toContain('✅ 政策消息')

    expect((await at(1).command('unsubscribe'))[0]?.text).toContain('不再给您发送')
    // A message about the worker's own case is not a notice: it still reaches them.
    const { db, messenger } = harness.container
    const worker = await db.prisma.worker.findFirstOrThrow({
      where: { externalId: String(at(1).chatId) },
    })
    await db.prisma.$transaction((tx) => messenger.queue(tx, worker, { lines: ['您的申请已受理'] }))
    await harness.api.waitFor(() => at(1).lastText() === '您的申请已受理')
    await at(2).command('unsubscribe')
    expect((await at(2).command('subscribe'))[0]?.text).toContain('已恢复通知')
  })

  it('answers /broadcast from anyone else as a command it does not know', async () => {
    const [reply] = await at(3).command('broadcast')
    expect(reply?.text).toContain('不太明白')
  })

  it('shows the admin the count and a test, sends on request, and can pause and resume', async () => {
    await admin.command('broadcast')
    const [preview] = await admin.say(`kind=policy_news\n${NEWS}`)
    // Six workers and the admin, less the one who muted policy news and the one who opted out.
    expect(preview?.text).toContain('将发送给 5 人')
    expect((await admin.tap('先发给我看看'))[0]?.text).toBe(NEWS)

    await admin.tap('发送')
    const progress = await harness.api.waitFor(() =>
      harness.api.messages(ADMIN).find((m) => m.text?.includes('群发进行中') && m.replyMarkup),
    )
    await admin.act(() => harness.api.tapButton(ADMIN, pauseData(progress), progress.messageId))
    const broadcast = await harness.db.prisma.broadcast.findFirstOrThrow({ where: { body: NEWS } })
    expect(broadcast.status).toBe('paused')
    await harness.api.waitFor(() =>
      harness.api.messages(ADMIN).find((m) => m.text?.includes('已暂停')),
    )

    await admin.act(() => harness.api.tapButton(ADMIN, `bc:r:${broadcast.id}`, progress.messageId))
    await harness.api.waitFor(
      () => harness.api.messages(ADMIN).find((m) => m.text?.includes('群发已完成')),
      { timeoutMs: 20_000 },
    )
    for (const i of [2, 3, 4, 5]) expect(got(at(i))).toHaveLength(1)
    expect(got(at(0))).toHaveLength(0)
    expect(got(at(1))).toHaveLength(0)
    expect(got(admin)).toHaveLength(2) // the test send and the broadcast
  })
})

function pauseData(message: { replyMarkup?: unknown }): string {
  const markup = message.replyMarkup as { inline_keyboard: { callback_data?: string }[][] }
  const data = markup.inline_keyboard.flat().find((b) => b.callback_data?.startsWith('bc:p:'))
  if (!data?.callback_data) throw new Error('no pause button on the progress message')
  return data.callback_data
}
