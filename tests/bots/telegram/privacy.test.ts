import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedFlow, workerOf } from '../../support/stored.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

let harness: Harness
beforeAll(async () => {
  harness = await Harness.start()
})
afterAll(async () => {
  await harness.close()
})

/** 老陈's answers: illness, income and costs that must never sit in plain text. */
async function screenedWorker(): Promise<WorkerChat> {
  const chat = await harness.chat().agreeToAll()
  for (const answer of ['2', '4321']) await chat.say(answer)
  await chat.tap('自己的房子')
  await chat.tap('都没有')
  await chat.tap('我本人得了大病（癌症、透析等）')
  await chat.tap('选好了')
  await chat.tap('参加了')
  await chat.say('24680')
  await chat.tap('没有')
  await chat.say('0')
  await chat.tap('暂时不需要')
  return chat
}

async function rawRows(): Promise<string> {
  const tables = [
    'workers',
    'consents',
    'conversations',
    'profiles',
    'screenings',
    'cases',
    'inbound_updates',
    'outbound_messages',
    'access_log',
  ]
  const dumps = await harness.db.withSession(async (session) =>
    Promise.all(
      tables.map(async (table) => JSON.stringify(await session.query(`SELECT * FROM ${table}`))),
    ),
  )
  return dumps.join('\n')
}

describe('privacy', () => {
  it('stores income, illness and costs encrypted: the raw tables hold no plain text of them', async () => {
    const chat = await screenedWorker()
    await chat.say('大病互助怎么申请') // a free-text message passes through the inbox too
    const raw = await rawRows()
    for (const secret of [
      '4321',
      '24680',
      'self_critical',
      '大病互助怎么申请',
      '"monthlyIncome"',
    ]) {
      expect(raw).not.toContain(secret)
    }
    expect(raw).toContain('v1:')
  })

  it('shows a worker everything stored about them with /privacy, and logs that read', async () => {
    const chat = await screenedWorker()
    const [reply] = await chat.command('privacy')
    expect(reply?.text).toContain('我们保存的您的信息')
    expect(reply?.text).toContain('4,321')
    expect(reply?.text).toContain('我本人得了大病')
    expect(reply?.text).toContain('隐私说明，第 2026-12-01 版')
    const worker = await workerOf(harness, chat)
    const reads = await harness.db.prisma.accessLog.findMany({
      where: { workerId: worker?.id ?? '' },
    })
    expect(reads.map((entry) => entry.action)).toContain('privacy.view')
  })

  it('erases the worker after confirmation and leaves no row that identifies them', async () => {
    const chat = await screenedWorker()
    const worker = await workerOf(harness, chat)
    await chat.command('delete')
    const [done] = await chat.tap('确定删除')
    expect(done?.text).toContain('已经全部删除')

    const raw = await rawRows()
    expect(raw).not.toContain(String(chat.chatId))
    expect(raw).not.toContain(worker?.id)
    expect(raw).not.toContain(worker?.alias)
    const chatKey = harness.container.cipher.keyedHash(`telegram:${chat.chatId}`)
    expect(raw).not.toContain(chatKey)
    expect(await workerOf(harness, chat)).toBeNull()
  })

  it('keeps everything when the worker says no to erasing', async () => {
    const chat = await screenedWorker()
    await chat.command('delete')
    const [kept] = await chat.tap('不删了')
    expect(kept?.text).toContain('什么都没有删除')
    expect(await workerOf(harness, chat)).not.toBeNull()
  })

  it('withdrawing consent for sensitive details deletes the answers and results', async () => {
    const chat = await screenedWorker()
    await chat.command('privacy')
    const [reply] = await chat.tap('撤回敏感信息同意')
    expect(reply?.text).toContain('已撤回敏感信息同意')
    const worker = await workerOf(harness, chat)
    expect(await harness.db.prisma.profile.count({ where: { workerId: worker?.id ?? '' } })).toBe(0)
    expect(await harness.db.prisma.screening.count({ where: { workerId: worker?.id ?? '' } })).toBe(
      0,
    )
    const [again] = await chat.tap('查一查能领什么')
    expect(again?.text).toContain('您同意我们处理这些信息吗')
  })

  it('asks for the separate sensitive consent before the first question about income', async () => {
    const chat = harness.chat()
    await chat.command('start')
    const [ask] = await chat.tap('同意，开始')
    expect(ask?.text).toContain('收入、健康和子女')
    const [declined] = await chat.tap('暂不')
    expect(declined?.text).toContain('没关系')
    expect(await storedFlow(harness, chat)).toBeUndefined()
  })

  it('keeps nothing about a worker who declines the privacy notice', async () => {
    const chat = harness.chat()
    await chat.command('start')
    const [reply] = await chat.tap('不同意')
    expect(reply?.text).toContain('不会保存您的信息')
    expect(await workerOf(harness, chat)).toBeNull()
  })
})
