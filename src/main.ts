import { pino } from 'pino'
import { loadConfig, requireFor } from './core/config/load.ts'
import { createContainer } from './core/container.ts'
import { createLogger } from './core/logger.ts'
import { redisAnswers } from './core/queues/check-redis.ts'

/**
 * Starts one role: `bot` (Telegram, the default), `chat` (terminal), `worker`
 * (jobs) or `slack` (caseworkers).
 * A configuration problem stops the process with one line saying what to set.
 */
const ROLES = ['bot', 'chat', 'worker', 'slack']
const role = process.argv[2] ?? 'bot'
if (!ROLES.includes(role)) fail(`Unknown role "${role}". Use one of: ${ROLES.join(', ')}.`)
const loaded = loadConfig()
if (!loaded.ok) fail(loaded.message)
const config = loaded.config
const missing = requireFor(config, role)
if (missing) fail(missing)

if (role === 'worker' && !(await redisAnswers(config.REDIS_URL)))
  fail(`Redis does not answer at ${config.REDIS_URL}: start Redis or set REDIS_URL.`)

// The terminal chat owns stdout: its logs go to stderr, and only warnings by default.
const chatting = role === 'chat'
if (chatting) process.stderr.write('正在启动帮扶通 · starting…\n')
const log = chatting
  ? createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, pino.destination(2))
  : createLogger(config.LOG_LEVEL)
const container = await createContainer(config, { log }).catch((error: Error) =>
  fail(`Start-up failed: ${error.message}`),
)
const stops: (() => Promise<void>)[] = []

if (role === 'chat') {
  const { runConsoleChat } = await import('./bots/console/chat.ts')
  await runConsoleChat(container)
  await container.close()
  process.exit(0)
} else if (role === 'bot') {
  const { startTelegram } = await import('./bots/telegram/start.ts')
  const telegram = await startTelegram(container, config.TELEGRAM_BOT_TOKEN as string)
  stops.push(telegram.stop)
} else if (role === 'worker') {
  const { startWorkers } = await import('./jobs/start-workers.ts')
  stops.push(startWorkers(container).stop)
  const { startReminderSchedule } = await import('./jobs/reminders/schedule.ts')
  await startReminderSchedule({ container, now: () => new Date() })
  container.log.info('job workers started')
} else if (role === 'slack') {
  const { startSlack } = await import('./bots/slack/start.ts')
  stops.push((await startSlack(container)).stop)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    container.log.info({ signal }, 'shutting down')
    for (const stop of stops) await stop()
    await container.close()
    process.exit(0)
  })
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}
