// npm run bench:relay [cases | --smoke]
// Many open cases chatting at once: caseworkers reply in Slack threads while workers write
// on Telegram. The Telegram bot and the Slack app run as their own processes (`src/main.ts
// bot` and `src/main.ts slack`) on real PostgreSQL; the Bot API and Slack Web API stand-ins
// and the signed Slack requests come from this process. Prints p50/p99 relay latency each way.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { connectDatabase } from '../src/core/db/connect.ts'
import { testDatabase } from '../tests/support/database.ts'
import { blockAction, messageEvent } from '../tests/support/slack/payloads.ts'
import { SlackSender } from '../tests/support/slack/signed-requests.ts'
import { SLACK_TEST_TOKEN, SlackApiServer } from '../tests/support/slack/web-api-server.ts'
import { BotApiServer } from '../tests/support/telegram/bot-api-server.ts'
import { TEST_TOKEN } from '../tests/support/telegram-harness.ts'
import { benchSize } from './args.ts'
import { ms, percentile } from './stats.ts'

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test'
const cases = benchSize(200, 20)
const perSide = process.argv.includes('--smoke') ? 2 : 5
const SWEEP_MS = '100'
const CHANNEL = 'C0CASES'
const SECRET = randomBytes(16).toString('hex')
const CASEWORKER = 'U0WANGFANG'

const telegram = await BotApiServer.start()
const slackApi = await SlackApiServer.start()
slackApi.workspace.users.set(CASEWORKER, { id: CASEWORKER, profile: { first_name: '王芳' } })
const db = await testDatabase()
const slackPort = await freePort()
const env = {
  ...process.env,
  DATABASE_URL: db.url,
  DATA_KEY: randomBytes(32).toString('base64'),
  LOG_LEVEL: 'warn',
  TELEGRAM_BOT_TOKEN: TEST_TOKEN,
  TELEGRAM_API_ROOT: telegram.apiRoot,
  SLACK_BOT_TOKEN: SLACK_TEST_TOKEN,
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: slackApi.apiUrl,
  SLACK_PORT: String(slackPort),
  SLACK_CASEWORKER_CHANNEL: CHANNEL,
  SLACK_CASEWORKERS: CASEWORKER,
  OUTBOX_SWEEP_MS: SWEEP_MS,
  SLACK_SWEEP_MS: SWEEP_MS,
  // Every case in this run is unclaimed for a moment; keep the SLA job out of the picture.
  CASE_SLA_MINUTES: '600',
}
const children: ChildProcess[] = []
const role = (name: string) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', name], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  children.push(child)
}
// Both start at once: the bench already migrated the database, so neither has to.
role('bot')
role('slack')
await Promise.all([
  telegram.waitFor(() => telegram.calls('getUpdates').length > 0, { timeoutMs: 60_000 }),
  slackApi.waitFor(() => slackApi.calls('auth.test').length > 0, 60_000),
])
const sender = new SlackSender(`http://127.0.0.1:${slackPort}/slack/events`, SECRET)
const prisma = (await connectDatabase({ url: db.url, poolSize: 4 })).prisma

const toTelegram: number[] = []
const toSlack: number[] = []
const chatOf = (i: number) => 9_000_000 + i
const seen = (chatId: number, text: string) =>
  telegram.messages(chatId).some((m) => m.text?.includes(text))

async function openCase(i: number) {
  const chatId = chatOf(i)
  telegram.setUser(chatId, { firstName: 'Worker', languageCode: 'zh-hans' })
  for (const step of ['/start', '同意，开始', '/human']) {
    const count = telegram.messages(chatId).length
    if (step.startsWith('/')) telegram.sendCommand(chatId, step)
    else tap(chatId, step)
    await telegram.waitFor(() => telegram.messages(chatId).length > count, { timeoutMs: 60_000 })
  }
  const worker = await prisma.worker.findFirstOrThrow({ where: { externalId: String(chatId) } })
  const row = await waitForRow(() =>
    prisma.case.findFirst({ where: { workerId: worker.id, slackTs: { not: null } } }),
  )
  await sender.interaction(
    blockAction({
      user: CASEWORKER,
      actionId: 'case.claim',
      value: row.id,
      channel: CHANNEL,
      messageTs: row.slackTs as string,
    }),
  )
  await telegram.waitFor(() => seen(chatId, '已经接手'), { timeoutMs: 60_000 })
  return { chatId, threadTs: row.slackTs as string }
}

async function caseworkerSide(i: number, threadTs: string) {
  const chatId = chatOf(i)
  for (let n = 0; n < perSide; n++) {
    const text = `s-${i}-${n}`
    const started = performance.now()
    const ts = slackApi.workspace.userMessageTs()
    await sender.event(messageEvent({ user: CASEWORKER, channel: CHANNEL, text, ts, threadTs }))
    await telegram.waitFor(() => seen(chatId, text), { timeoutMs: 60_000 })
    toTelegram.push(performance.now() - started)
  }
}

// One pass over new Slack messages per change, so measuring stays linear in the traffic.
const arrivals = new Map<string, () => void>()
let scanned = 0
slackApi.workspace.events.on('changed', () => {
  const { messages } = slackApi.workspace
  for (; scanned < messages.length; scanned++) {
    const key = /w-\d+-\d+$/.exec(messages[scanned]?.text ?? '')?.[0]
    if (key) arrivals.get(key)?.()
  }
})

async function workerSide(i: number) {
  const chatId = chatOf(i)
  for (let n = 0; n < perSide; n++) {
    const text = `w-${i}-${n}`
    const arrived = new Promise<void>((resolve) => arrivals.set(text, resolve))
    const started = performance.now()
    telegram.sendText(chatId, text)
    await arrived
    toSlack.push(performance.now() - started)
  }
}

let failure: unknown
try {
  console.log(
    `bench:relay — ${cases} open cases chatting at once, ${perSide} messages each way per case`,
  )
  console.log(`bot and slack roles in their own processes, PostgreSQL, sweeps every ${SWEEP_MS} ms`)
  const opened = await Promise.all(Array.from({ length: cases }, (_, i) => openCase(i)))
  const started = performance.now()
  await Promise.all(
    opened.flatMap(({ threadTs }, i) => [caseworkerSide(i, threadTs), workerSide(i)]),
  )
  const seconds = (performance.now() - started) / 1000
  console.log(
    `messages relayed:   ${toTelegram.length + toSlack.length} in ${seconds.toFixed(2)} s`,
  )
  console.log(
    `Slack → Telegram p50 / p99: ${ms(percentile(toTelegram, 50))} / ${ms(percentile(toTelegram, 99))}   (signed event sent → message in the worker's chat)`,
  )
  console.log(
    `Telegram → Slack p50 / p99: ${ms(percentile(toSlack, 50))} / ${ms(percentile(toSlack, 99))}   (update offered → message in the case thread)`,
  )
} catch (error) {
  failure = error
} finally {
  // Both children are stopped whatever happened, so a failed run leaves no process behind.
  await Promise.all(
    children.map((child) => {
      const exited = once(child, 'exit')
      child.kill('SIGKILL')
      return exited
    }),
  )
  await prisma.$disconnect()
  await telegram.close()
  await slackApi.close()
  await db.close()
}
if (failure) {
  console.error(`bench:relay failed: ${String(failure)}`)
  process.exit(1)
}

function tap(chatId: number, label: string): void {
  for (const message of [...telegram.messages(chatId)].reverse()) {
    const rows =
      message.replyMarkup && 'inline_keyboard' in message.replyMarkup
        ? message.replyMarkup.inline_keyboard
        : []
    const button = rows.flat().find((candidate) => candidate.text.includes(label))
    if (button && 'callback_data' in button && button.callback_data) {
      telegram.tapButton(chatId, button.callback_data, message.messageId)
      return
    }
  }
  throw new Error(`chat ${chatId}: no button "${label}"`)
}

async function waitForRow<T>(read: () => Promise<T | null>): Promise<T> {
  for (let tries = 0; tries < 600; tries++) {
    const row = await read()
    if (row) return row
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the case card never appeared')
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}
