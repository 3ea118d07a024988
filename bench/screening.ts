// npm run bench:screening [workers | --smoke]
// Many workers at once go through consent and the whole screening. The bot runs as its
// own process (`src/main.ts bot`, as `npm start` runs it) against real PostgreSQL
// (DATABASE_URL, default the local test server) and a Bot API stand-in in this process.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { testDatabase } from '../tests/support/database.ts'
import { BotApiServer } from '../tests/support/telegram/bot-api-server.ts'
import { TEST_TOKEN } from '../tests/support/telegram-harness.ts'
import { benchSize } from './args.ts'
import { ms, percentile } from './stats.ts'

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test'
const workers = benchSize(300, 20)

type Step = { text: string } | { button: string }
const STEPS: Step[] = [
  { text: '/start' },
  { button: '同意，开始' },
  { button: '同意，开始提问' },
  { text: '3' },
  { text: '5400' },
  { button: '自己的房子' },
  { button: '都没有' },
  { button: '家人住院了' },
  { button: '选好了' },
  { button: '参加了' },
  { text: '30000' },
  { button: '是，减少了' },
  { text: '0' },
  { button: '暂时不需要' },
]

const api = await BotApiServer.start()
const db = await testDatabase()
const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'bot'], {
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATA_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
})
await api.waitFor(() => api.calls('getUpdates').length > 0, { timeoutMs: 60_000 })

const latencies: number[] = []

function press(chatId: number, label: string): void {
  for (const message of [...api.messages(chatId)].reverse()) {
    const rows =
      message.replyMarkup && 'inline_keyboard' in message.replyMarkup
        ? message.replyMarkup.inline_keyboard
        : []
    const button = rows.flat().find((candidate) => candidate.text.includes(label))
    if (button && 'callback_data' in button && button.callback_data) {
      api.tapButton(chatId, button.callback_data, message.messageId)
      return
    }
  }
  throw new Error(`chat ${chatId}: no button "${label}"`)
}

async function oneWorker(chatId: number): Promise<void> {
  for (const step of STEPS) {
    const before = api.messages(chatId).length
    const editedBefore = api.messages(chatId).at(-1)?.editedAt
    const started = performance.now()
    if ('text' in step) {
      if (step.text.startsWith('/')) api.sendCommand(chatId, step.text)
      else api.sendText(chatId, step.text)
    } else {
      press(chatId, step.button)
    }
    // A reply is a new message, or the pressed message edited in place (ticking a box).
    await api.waitFor(
      () =>
        api.messages(chatId).length > before ||
        api.messages(chatId).at(-1)?.editedAt !== editedBefore,
      { timeoutMs: 60_000 },
    )
    latencies.push(performance.now() - started)
  }
  if (!api.messages(chatId).at(-1)?.text?.includes('临时生活补贴'))
    throw new Error(`chat ${chatId} did not reach the result`)
}

console.log(`bench:screening — ${workers} workers at once, bot in its own process, PostgreSQL`)
const started = performance.now()
const run = await Promise.allSettled(
  Array.from({ length: workers }, (_, i) => oneWorker(8_000_000 + i)),
)
const seconds = (performance.now() - started) / 1000

// The bot child is stopped whatever happened, so a failed run leaves no process behind.
const exited = once(bot, 'exit')
bot.kill('SIGKILL')
await exited
await api.close()
await db.close()
const failed = run.filter((outcome) => outcome.status === 'rejected')
if (failed.length > 0) {
  console.error(
    `${failed.length} of ${workers} workers failed; first: ${String(failed[0]?.reason)}`,
  )
  process.exit(1)
}

const updates = latencies.length
console.log(`updates handled:    ${updates} in ${seconds.toFixed(2)} s`)
console.log(`updates per second: ${(updates / seconds).toFixed(0)}`)
console.log(
  `latency p50 / p99:  ${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}   (update offered → reply received)`,
)
