// npm run bench:screening [workers | --smoke]
// Many workers at once go through consent and the whole screening over the Bot API
// stand-in, against real PostgreSQL (DATABASE_URL, default the local test server).
import { Harness } from '../tests/support/telegram-harness.ts'
import { benchSize } from './args.ts'
import { ms, percentile } from './stats.ts'

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test'
const workers = benchSize(300, 20)

const handling: number[] = []
const endToEnd: number[] = []
const harness = await Harness.start({ env: { UPDATE_CONCURRENCY: '64' } })

async function timed(step: () => Promise<unknown>): Promise<void> {
  const started = performance.now()
  await step()
  endToEnd.push(performance.now() - started)
}

async function oneWorker(): Promise<void> {
  const chat = harness.chat()
  const steps: (() => Promise<unknown>)[] = [
    () => chat.command('start'),
    () => chat.tap('同意，开始'),
    () => chat.tap('同意，开始提问'),
    () => chat.say('3'),
    () => chat.say('5400'),
    () => chat.tap('自己的房子'),
    () => chat.tap('都没有'),
    () => chat.tap('家人住院了'),
    () => chat.tap('选好了'),
    () => chat.say('30000'),
    () => chat.tap('参加了'),
    () => chat.tap('是，减少了'),
    () => chat.say('0'),
    () => chat.tap('暂时不需要'),
  ]
  for (const step of steps) await timed(step)
  if (!chat.lastText().includes('临时生活补贴'))
    throw new Error(`worker ${chat.chatId} did not reach the result`)
}

harness.onHandled((ms) => handling.push(ms))
console.log(`bench:screening — ${workers} workers at once, ${harness.db.kind}`)
const started = performance.now()
await Promise.all(Array.from({ length: workers }, oneWorker))
const seconds = (performance.now() - started) / 1000
await harness.close()

const updates = handling.length
console.log(`updates handled:      ${updates} in ${seconds.toFixed(2)} s`)
console.log(`updates per second:   ${(updates / seconds).toFixed(0)}`)
console.log(
  `handling p50 / p99:   ${ms(percentile(handling, 50))} / ${ms(percentile(handling, 99))}   (transaction, state, outbox, reply sent)`,
)
console.log(
  `end to end p50 / p99: ${ms(percentile(endToEnd, 50))} / ${ms(percentile(endToEnd, 99))}   (worker acts → reply seen, incl. long-poll pick-up)`,
)
