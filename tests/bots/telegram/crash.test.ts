import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDatabase } from '../../../src/core/db/connect.ts'
import { createCipher } from '../../../src/core/privacy/cipher.ts'
import type { FlowState } from '../../../src/flows/types.ts'
import { testDatabase } from '../../support/database.ts'
import { BotApiServer } from '../../support/telegram/bot-api-server.ts'
import { TEST_TOKEN } from '../../support/telegram-harness.ts'

const CHATS = 20
const ANSWERS = ['3', '5400', '自己的房子', '都没有', '都没有']

let api: BotApiServer
let env: Record<string, string>
let closeDb: () => Promise<void>
let dataKey: string

beforeAll(async () => {
  api = await BotApiServer.start()
  dataKey = randomBytes(32).toString('base64')
  const db = await testDatabase()
  const where: Record<string, string> = db.url
    ? { DATABASE_URL: db.url }
    : { DATA_DIR: mkdtempSync(join(tmpdir(), 'bft-crash-')) }
  // PGlite allows one process at a time: the bot owns the database until it stops.
  if (!db.url) await db.close()
  closeDb = db.url ? () => db.close() : async () => {}
  env = {
    ...where,
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATA_KEY: dataKey,
    LOG_LEVEL: 'silent',
  }
})

const children = new Set<ChildProcess>()

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  await api.close()
  await closeDb()
})

/** The bot as its own process, exactly as `npm start` runs it. */
function startBot(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'bot'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null) return
  const exited = once(child, 'exit')
  child.kill(signal)
  await exited
}

const seen = (chatId: number, text: string) =>
  api.messages(chatId).some((message) => message.text?.includes(text))

describe('a bot killed in the middle of a burst', () => {
  it('loses no update and applies none twice after a restart', async () => {
    const chats = Array.from({ length: CHATS }, (_, i) => 7_000_000 + i)
    let bot = startBot()

    for (const chatId of chats) {
      api.sendCommand(chatId, '/start')
      const [notice] = await api.waitFor(
        () => api.messages(chatId).length >= 1 && api.messages(chatId),
        { timeoutMs: 90_000 },
      )
      api.tapButton(chatId, 'n:yes', notice?.messageId ?? 0)
      await api.waitFor(() => seen(chatId, '您同意我们处理这些信息吗'), { timeoutMs: 30_000 })
      const ask = api.messages(chatId).at(-1)
      api.tapButton(chatId, 's:yes', ask?.messageId ?? 0)
      await api.waitFor(() => seen(chatId, '几口人'), { timeoutMs: 30_000 })
    }

    // Slow replies down so the kill lands mid-burst rather than after it.
    api.hang('sendMessage', 25)
    const sentBefore = api.calls('sendMessage').length
    for (const answer of ANSWERS) for (const chatId of chats) api.sendText(chatId, answer)
    const expected = CHATS * ANSWERS.length
    await api.waitFor(() => api.calls('sendMessage').length - sentBefore >= expected * 0.3, {
      timeoutMs: 60_000,
    })
    await stop(bot, 'SIGKILL')
    const answeredAtKill = api.calls('sendMessage').length - sentBefore
    expect(answeredAtKill).toBeLessThan(expected)

    api.hang('sendMessage', 0)
    bot = startBot()
    await api.waitFor(() => chats.every((chatId) => seen(chatId, '您参加医保了吗')), {
      timeoutMs: 120_000,
    })
    await api.waitForIdle(10_000)
    await stop(bot, 'SIGTERM')

    const db = await connectDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR })
    try {
      const cipher = createCipher(Buffer.from(dataKey, 'base64'))
      const rows = await db.prisma.conversation.findMany()
      const states = rows.map((row) => cipher.openJson<FlowState>(row.state))
      expect(states).toHaveLength(CHATS)
      for (const state of states) {
        expect(state.answers).toEqual({
          householdSize: 3,
          monthlyIncome: 5400,
          housing: 'own',
          situations: [],
          illness: [],
        })
        expect(state.stepId).toBe('insured')
      }
      expect(await db.prisma.inboundUpdate.count({ where: { processedAt: null } })).toBe(0)
    } finally {
      await db.close()
    }

    // Replies are at-least-once: one that Telegram accepted just before the kill, but
    // whose outbox row was not yet deleted, is sent again. At most one per chat in flight.
    const repeated = api.duplicates((message) => `${message.text}`).groups
    expect(repeated.every((group) => group.times === 2)).toBe(true)
    expect(new Set(repeated.map((group) => group.chatId)).size).toBe(repeated.length)
  }, 300_000)
})
