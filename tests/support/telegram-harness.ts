import { randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import type { Update } from 'grammy/types'
import { startTelegram } from '../../src/bots/telegram/start.ts'
import { configSchema } from '../../src/core/config/schema.ts'
import { type Container, createContainer } from '../../src/core/container.ts'
import type { Database } from '../../src/core/db/connect.ts'
import { createLogger, type Logger } from '../../src/core/logger.ts'
import { testDatabase } from './database.ts'
import { BotApiServer } from './telegram/bot-api-server.ts'
import type { SentMessage } from './telegram/chat-log.ts'

export const TEST_TOKEN = '123456:TEST-token-for-the-stand-in-000'

export type HarnessOptions = { env?: Record<string, string>; now?: () => Date; log?: Logger }

/**
 * The real bot (grammY, the inbox, the processor, the outbox) on a database
 * of the test's own, talking to a Bot API stand-in over HTTP.
 */
export class Harness {
  private readonly handled = new EventEmitter()
  private readonly timings: ((ms: number) => void)[] = []
  private telegram: Awaited<ReturnType<typeof startTelegram>> | undefined

  private constructor(
    readonly api: BotApiServer,
    readonly db: Database,
    readonly container: Container,
  ) {
    this.handled.setMaxListeners(0)
  }

  static async start(options: HarnessOptions = {}): Promise<Harness> {
    const api = await BotApiServer.start()
    const db = await testDatabase()
    const config = configSchema.parse({
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      DATA_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
      ...options.env,
    })
    const overrides = {
      db,
      log: options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
      ...(options.now ? { now: options.now } : {}),
    }
    const container = await createContainer(config, overrides)
    const harness = new Harness(api, db, container)
    await harness.startBot()
    return harness
  }

  /** Starts (or restarts) the bot process's Telegram side. */
  async startBot(): Promise<void> {
    this.telegram = await startTelegram(this.container, TEST_TOKEN, {
      onHandled: (id, ms) => {
        for (const listen of this.timings) listen(ms)
        this.handled.emit(String(id))
      },
    })
  }

  /** Hears how long each update took to handle, for benchmarks. */
  onHandled(listen: (ms: number) => void): void {
    this.timings.push(listen)
  }

  /** Stops the bot as a graceful shutdown would. */
  async stopBot(): Promise<void> {
    await this.telegram?.stop()
    this.telegram = undefined
  }

  /** Resolves once the bot has fully handled the update, replies sent. */
  untilHandled(update: Update, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`update ${update.update_id} not handled in ${timeoutMs} ms`)),
        timeoutMs,
      )
      this.handled.once(String(update.update_id), () => {
        clearTimeout(timer)
        resolve()
      })
    })
  }

  /** Every update Telegram holds is confirmed, stored and fully handled. */
  async settled(): Promise<void> {
    await this.api.waitForIdle()
    await this.telegram?.processor.idle()
    await this.telegram?.outbox.idle()
  }

  chat(
    chatId = 100_000 + Math.floor(Math.random() * 1_000_000_000),
    profile: { languageCode?: string } = {},
  ): WorkerChat {
    this.api.setUser(chatId, { firstName: 'Worker', languageCode: 'zh-hans', ...profile })
    return new WorkerChat(this, chatId)
  }

  async close(): Promise<void> {
    await this.stopBot()
    await this.api.close()
    await this.container.close()
  }
}

/** One worker's phone: what they do, and what they see. */
export class WorkerChat {
  answers = 0

  constructor(
    readonly harness: Harness,
    readonly chatId: number,
  ) {}

  get api(): BotApiServer {
    return this.harness.api
  }

  /** Opens the bot and agrees to the notice and to the sensitive questions: question 1 is shown. */
  async agreeToAll(): Promise<WorkerChat> {
    await this.command('start')
    await this.tap('同意，开始')
    await this.tap('同意，开始提问')
    return this
  }

  /** Runs an action that produces an update and returns the bot messages it caused. */
  async act(produce: () => Update): Promise<SentMessage[]> {
    const before = this.api.messages(this.chatId).length
    const update = produce()
    await this.harness.untilHandled(update)
    return this.api.messages(this.chatId).slice(before)
  }

  say(text: string): Promise<SentMessage[]> {
    return this.act(() => this.api.sendText(this.chatId, text))
  }

  command(name: string): Promise<SentMessage[]> {
    return this.act(() => this.api.sendCommand(this.chatId, `/${name}`))
  }

  /** Taps the button whose label matches, on the newest message that has one. */
  tap(label: string | RegExp): Promise<SentMessage[]> {
    const { message, data } = this.findButton(label)
    return this.act(() => this.api.tapButton(this.chatId, data, message.messageId))
  }

  /** An answer to a question, counted for the "at most N answers" stories. */
  async answer(label: string | RegExp): Promise<SentMessage[]> {
    this.answers++
    return typeof label === 'string' && !this.hasButton(label) ? this.say(label) : this.tap(label)
  }

  findButton(label: string | RegExp): { message: SentMessage; data: string } {
    const matches = (text: string) =>
      typeof label === 'string' ? text === label || text.includes(label) : label.test(text)
    for (const message of [...this.api.messages(this.chatId)].reverse()) {
      const rows =
        message.replyMarkup && 'inline_keyboard' in message.replyMarkup
          ? message.replyMarkup.inline_keyboard
          : []
      for (const button of rows.flat()) {
        if ('callback_data' in button && button.callback_data && matches(button.text))
          return { message, data: button.callback_data }
      }
    }
    throw new Error(
      `No button "${label}" in chat ${this.chatId}. Last message:\n${this.lastText()}`,
    )
  }

  hasButton(label: string): boolean {
    try {
      this.findButton(label)
      return true
    } catch {
      return false
    }
  }

  last(): SentMessage {
    const message = this.api.messages(this.chatId).at(-1)
    if (!message) throw new Error(`chat ${this.chatId} has no messages`)
    return message
  }

  lastText(): string {
    return this.api.messages(this.chatId).at(-1)?.text ?? '(none)'
  }

  buttons(message = this.last()): string[] {
    const rows =
      message.replyMarkup && 'inline_keyboard' in message.replyMarkup
        ? message.replyMarkup.inline_keyboard
        : []
    return rows.flat().map((button) => button.text)
  }
}
