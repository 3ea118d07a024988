// npm run bench:screening [workers | --smoke] [--rate=<updates per second>] [--seconds=<n>]
// Workers go through consent and the whole screening against the bot in its own process
// (`src/main.ts bot`, as `npm start` runs it), real PostgreSQL (DATABASE_URL, default the
// local test server) and a Bot API stand-in in this process. Two runs:
//  1. capacity: `workers` workers at once, each answering the moment the bot replies, so the
//     bot is never short of work: the most updates per second it handles;
//  2. paced: updates offered at a steady --rate (default 500 per second, the aim) for
//     --seconds, each from a worker who has had its reply, new workers joining as needed, as
//     people arrive regardless of how busy the bot is: the latency a worker sees at that load.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { testDatabase } from '../tests/support/database.ts'
import { BotApiServer } from '../tests/support/telegram/bot-api-server.ts'
import { TEST_TOKEN } from '../tests/support/telegram-harness.ts'
import { benchSize } from './args.ts'
import { cpuSpent, databaseCpu, processCpuMs } from './cpu.ts'
import { ms, percentile } from './stats.ts'

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test'
const smoke = process.argv.includes('--smoke')
const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const workers = benchSize(300, 20)
const rate = option('rate', smoke ? 50 : 500)
const seconds = option('seconds', smoke ? 5 : 20)

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
/** Each step is answered by one message, or by the pressed message edited in place. */
const REPLIES = new Set(['sendMessage', 'editMessageText', 'sendPhoto'])

const api = await BotApiServer.start()
const db = await testDatabase()
// BENCH_PROFILE=bot writes a CPU profile of the bot process to /tmp/bft-prof.
const profile =
  process.env.BENCH_PROFILE === 'bot' ? ['--cpu-prof', '--cpu-prof-dir=/tmp/bft-prof'] : []
const bot = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts', 'bot'], {
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

// One listener routes every reply to the worker waiting for it.
const waiting = new Map<number, () => void>()
api.onCall((call) => {
  if (call.chatId === undefined || !call.reply.ok || !REPLIES.has(call.method)) return
  const answered = waiting.get(call.chatId)
  waiting.delete(call.chatId)
  answered?.()
})

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

/** Sends one step and resolves with the time until the bot's reply arrived. */
function take(chatId: number, step: Step): Promise<number> {
  const started = performance.now()
  const replied = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`chat ${chatId}: no reply in 120 s`)), 120_000)
    waiting.set(chatId, () => {
      clearTimeout(timer)
      resolve(performance.now() - started)
    })
  })
  if ('text' in step) {
    if (step.text.startsWith('/')) api.sendCommand(chatId, step.text)
    else api.sendText(chatId, step.text)
  } else {
    press(chatId, step.button)
  }
  return replied
}

function checkResult(chatId: number): void {
  if (!api.messages(chatId).at(-1)?.text?.includes('临时生活补贴'))
    throw new Error(`chat ${chatId} did not reach the result`)
}

type Measured = { updates: number; seconds: number; latencies: number[]; cpu: string }

/** Runs `work`, timing it and reading the CPU the bot, the database and this process used. */
async function measure(work: (latencies: number[]) => Promise<void>): Promise<Measured> {
  const before = {
    bot: processCpuMs(bot.pid as number),
    bench: process.cpuUsage(),
    db: await databaseCpu(db.url as string),
  }
  const latencies: number[] = []
  const started = performance.now()
  await work(latencies)
  const elapsed = (performance.now() - started) / 1000
  const after = { bot: processCpuMs(bot.pid as number), db: await databaseCpu(db.url as string) }
  const bench = process.cpuUsage(before.bench)
  const each = (cpuMs: number) => ms(cpuMs / latencies.length)
  const cpu =
    `bot ${each(after.bot - before.bot)}, PostgreSQL ${each(cpuSpent(before.db, after.db))}, ` +
    `stand-in and simulated workers ${each((bench.user + bench.system) / 1000)}`
  return { updates: latencies.length, seconds: elapsed, latencies, cpu }
}

/** Every worker at once, each answering as soon as it has its reply. */
async function capacity(firstChat: number): Promise<Measured> {
  return measure(async (latencies) => {
    const one = async (chatId: number) => {
      for (const step of STEPS) latencies.push(await take(chatId, step))
      checkResult(chatId)
    }
    const run = await Promise.allSettled(
      Array.from({ length: workers }, (_, i) => one(firstChat + i)),
    )
    const failed = run.filter((outcome) => outcome.status === 'rejected')
    if (failed.length > 0)
      throw new Error(`${failed.length} of ${workers} workers failed; first: ${failed[0]?.reason}`)
  })
}

/**
 * Offers updates at a steady rate whatever the bot's pace: each tick sends what is due, each
 * update from a worker who has had their last reply; when every worker is waiting, a new one
 * starts. The run ends when every offered update is answered.
 */
async function paced(firstChat: number): Promise<Measured & { offered: number }> {
  let offered = 0
  const result = await measure(async (latencies) => {
    const ready: { chatId: number; step: number }[] = []
    const inFlight: Promise<void>[] = []
    let nextChat = firstChat
    const started = performance.now()
    const deadline = started + seconds * 1000
    while (performance.now() < deadline) {
      const due = Math.floor(((performance.now() - started) / 1000) * rate) - offered
      for (let i = 0; i < due; i++) {
        const worker = ready.shift() ?? { chatId: nextChat++, step: 0 }
        offered++
        inFlight.push(
          take(worker.chatId, STEPS[worker.step] as Step).then((latency) => {
            latencies.push(latency)
            worker.step++
            if (worker.step < STEPS.length) ready.push(worker)
            else checkResult(worker.chatId)
          }),
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    await Promise.all(inFlight)
  })
  return { ...result, offered }
}

function report(title: string, run: Measured): void {
  console.log(title)
  console.log(`  updates handled:    ${run.updates} in ${run.seconds.toFixed(2)} s`)
  console.log(`  updates per second: ${(run.updates / run.seconds).toFixed(0)}`)
  console.log(
    `  latency p50 / p99:  ${ms(percentile(run.latencies, 50))} / ${ms(percentile(run.latencies, 99))}   (update offered → reply received)`,
  )
  console.log(`  CPU per update:     ${run.cpu}`)
}

console.log('bench:screening — bot in its own process, PostgreSQL, Bot API stand-in over HTTP')
let failure: unknown
try {
  report(`capacity: ${workers} workers at once, each answering at once`, await capacity(8_000_000))
  const run = await paced(9_000_000)
  report(`paced: ${rate} updates/s offered for ${seconds} s (${run.offered} updates)`, run)
} catch (error) {
  failure = error
} finally {
  // The bot child is stopped whatever happened, so a failed run leaves no process behind.
  const exited = once(bot, 'exit')
  bot.kill(profile.length > 0 ? 'SIGINT' : 'SIGKILL')
  await exited
  await api.close()
  await db.close()
}
if (failure) {
  console.error(String(failure))
  process.exit(1)
}
