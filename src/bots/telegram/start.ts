import type { Container } from '../../core/container.ts'
import { createBot } from './create-bot.ts'
import { createInbox } from './inbox.ts'
import { createPoller } from './poller.ts'
import { createProcessor } from './processor.ts'
import { createWebhookServer } from './webhook.ts'

const DAY = 24 * 60 * 60 * 1000

/**
 * Runs the Telegram side: long polling by default, a webhook when
 * WEBHOOK_URL is set. Returns a function that stops it cleanly: no new
 * updates are taken, those in flight finish, the rest wait in the inbox.
 */
export async function startTelegram(
  container: Container,
  token: string,
  hooks: { onHandled?: (id: number, ms: number) => void } = {},
) {
  const { config, db, cipher, log } = container
  const { bot, outbox } = createBot({
    token,
    apiRoot: config.TELEGRAM_API_ROOT,
    prisma: db.prisma,
    cipher,
    conversation: container.conversation,
    defaultLocale: config.DEFAULT_LOCALE,
    log,
  })
  bot.catch((error) => log.error({ err: error.error }, 'unhandled bot error'))
  await bot.init()

  const inbox = createInbox(db.prisma, cipher)
  const processor = createProcessor({
    bot,
    inbox,
    outbox,
    prisma: db.prisma,
    cipher,
    i18n: container.i18n,
    log,
    concurrency: config.UPDATE_CONCURRENCY,
    ...(hooks.onHandled ? { onHandled: hooks.onHandled } : {}),
  })
  processor.wake()
  await outbox.flushAll()

  const housekeeping = setInterval(() => {
    void inbox
      .purge(new Date(Date.now() - DAY))
      .catch((error: unknown) => log.warn({ err: error }, 'purge failed'))
  }, 60_000)
  housekeeping.unref()
  // Messages queued by other processes (jobs, Slack) wait in the same outbox.
  let sweeping = false
  const sweep = setInterval(() => {
    if (sweeping) return
    sweeping = true
    void outbox.sweep().finally(() => {
      sweeping = false
    })
  }, config.OUTBOX_SWEEP_MS)
  sweep.unref()

  const stopIntake = await startIntake()
  log.info(
    { bot: bot.botInfo.username, mode: config.WEBHOOK_URL ? 'webhook' : 'polling' },
    'telegram bot started',
  )

  async function startIntake(): Promise<() => Promise<void>> {
    if (config.WEBHOOK_URL && config.WEBHOOK_SECRET) {
      const url = new URL(config.WEBHOOK_URL)
      const server = createWebhookServer({
        path: url.pathname,
        secret: config.WEBHOOK_SECRET,
        inbox,
        log,
        onStored: (updates) => processor.accept(updates),
      })
      await new Promise<void>((resolve) => server.listen(config.PORT, resolve))
      await bot.api.setWebhook(url.href, {
        secret_token: config.WEBHOOK_SECRET,
        allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
      })
      return () =>
        new Promise((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
    }
    await bot.api.deleteWebhook()
    const poller = createPoller(bot.api, inbox, log, (updates) => processor.accept(updates))
    poller.start()
    return () => poller.stop()
  }

  return {
    bot,
    processor,
    outbox,
    async stop(): Promise<void> {
      clearInterval(housekeeping)
      clearInterval(sweep)
      await stopIntake()
      await processor.stop()
      await outbox.idle()
    },
  }
}
