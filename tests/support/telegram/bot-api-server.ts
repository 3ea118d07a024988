import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Update } from 'grammy/types'
import { type ApiReply, badRequest, type Params, serverError } from './api-reply.ts'
import { CallJournal, type CallRecord } from './call-journal.ts'
import { ChatLog, type SentMessage } from './chat-log.ts'
import { canonicalMethod, dispatch } from './dispatch.ts'
import { type Fault, FaultPlan, type FaultScope } from './faults.ts'
import { FileStore } from './file-store.ts'
import { botOf, DEFAULT_PROFILE, type Profile } from './fixtures.ts'
import { startPoll } from './get-updates.ts'
import { RateCap } from './rate-limit.ts'
import { ReplyDelays } from './reply-delays.ts'
import { readParams } from './request-params.ts'
import { chatIdOf, type ServerState } from './server-state.ts'
import { describeMessages, findDuplicates } from './traffic-report.ts'
import { TrafficCounter, type TrafficStats } from './traffic-stats.ts'
import { UpdateQueue } from './update-queue.ts'
import {
  type DocumentOptions,
  type PhotoOptions,
  type StickerOptions,
  UserActions,
  type VoiceOptions,
} from './user-actions.ts'
import { postUpdate } from './webhook.ts'

export interface BotApiServerOptions {
  /** Cap on sends per second overall; a send over it gets 429. */
  ratePerSecond?: number
  /** Cap on sends per second to one chat. */
  perChatPerSecond?: number
  /** Refuse a bare `&` under parse_mode HTML (default true); Telegram itself accepts it. */
  strictHtml?: boolean
  /** The clock for message dates and flood control; `Date.now` by default. */
  now?: () => number
}

/**
 * A local stand-in for the Telegram Bot API that the real grammY client talks to over HTTP:
 * `new Bot(token, { client: { apiRoot: server.apiRoot } })`. Any token is accepted.
 * Caveat: MarkdownV2 is not parsed, and returned messages carry no formatting entities.
 */
export class BotApiServer {
  readonly apiRoot: string
  private readonly state: ServerState
  private readonly users: UserActions
  private readonly journal: CallJournal
  private readonly delays = new ReplyDelays()
  private token = ''

  private constructor(
    private readonly server: Server,
    options: BotApiServerOptions,
  ) {
    const { port } = server.address() as AddressInfo
    this.apiRoot = `http://127.0.0.1:${port}`
    this.state = {
      bot: botOf(''),
      log: new ChatLog(),
      files: new FileStore(),
      updates: new UpdateQueue(),
      faults: new FaultPlan(),
      rate: new RateCap(options),
      traffic: new TrafficCounter(),
      profiles: new Map(),
      queries: new Set(),
      webhook: { url: undefined, secretToken: undefined },
      strictHtml: options.strictHtml ?? true,
      now: options.now ?? Date.now,
    }
    this.users = new UserActions(this.state)
    this.journal = new CallJournal(this.state.traffic)
    server.on('request', (req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        reply(res, serverError(`The Bot API stand-in failed on ${req.url}: ${String(error)}`))
      })
    })
  }

  /** Listens on 127.0.0.1 on a free port. */
  static async start(options: BotApiServerOptions = {}): Promise<BotApiServer> {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return new BotApiServer(server, options)
  }

  /** Ends held long polls and delayed replies, drops keep-alive connections and stops. */
  async close(): Promise<void> {
    this.state.updates.close()
    this.delays.releaseAll()
    await new Promise(setImmediate) // lets the released replies go out first
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await closed
  }

  // --- what users do -------------------------------------------------------------------------

  /** Sets who the user of a private chat is; later updates from that chat carry it. */
  setUser(chatId: number, profile: Partial<Profile>): void {
    this.state.profiles.set(chatId, { ...DEFAULT_PROFILE, ...profile })
  }

  /** Queues an update under the next update_id. */
  pushUpdate(update: Omit<Update, 'update_id'>): Update {
    return this.emitting(this.state.updates.push(update))
  }

  /** Queues an update with its own update_id, to deliver the same update twice. */
  pushRaw(update: Update): void {
    this.emitting(this.state.updates.pushRaw(update))
  }

  /** Updates not yet confirmed by a getUpdates offset. */
  pendingUpdates(): number {
    return this.state.updates.pending()
  }

  /** A getUpdates call is being held open: the bot is waiting for its next update. */
  pollHeld(): boolean {
    return this.state.updates.isHolding()
  }

  sendText(chatId: number, text: string, opts: { replyTo?: number } = {}): Update {
    return this.emitting(this.users.sendText(chatId, text, opts))
  }

  sendCommand(chatId: number, command: string): Update {
    return this.emitting(this.users.sendCommand(chatId, command))
  }

  tapButton(chatId: number, data: string, messageId: number): Update {
    return this.emitting(this.users.tapButton(chatId, data, messageId))
  }

  sendSticker(chatId: number, opts: StickerOptions = {}): Update {
    return this.emitting(this.users.sendSticker(chatId, opts))
  }

  sendPhoto(chatId: number, opts: PhotoOptions): Update {
    return this.emitting(this.users.sendPhoto(chatId, opts))
  }

  sendVoice(chatId: number, opts: VoiceOptions): Update {
    return this.emitting(this.users.sendVoice(chatId, opts))
  }

  sendDocument(chatId: number, opts: DocumentOptions): Update {
    return this.emitting(this.users.sendDocument(chatId, opts))
  }

  editText(chatId: number, messageId: number, newText: string): Update {
    return this.emitting(this.users.editText(chatId, messageId, newText))
  }

  // --- what the bot did ----------------------------------------------------------------------

  /** Messages the bot sent to a chat, in order, as they stand after edits. */
  messages(chatId: number): SentMessage[] {
    return this.state.log.sent(chatId)
  }

  /** Every call the bot made, or those of one method, with the reply each got. */
  calls(method?: string): CallRecord[] {
    return this.journal.calls(method)
  }

  /** Calls `listen` with every call the bot makes, as it arrives. */
  onCall(listen: (call: CallRecord) => void): void {
    this.journal.onCall(listen)
  }

  /** Resolves with the first truthy value of `probe`, re-checked whenever anything happens. */
  waitFor<T>(
    probe: () => T | undefined | null | false,
    opts: { timeoutMs?: number } = {},
  ): Promise<T> {
    return this.journal.waitFor(probe, opts.timeoutMs ?? 5000)
  }

  /** Resolves with the chat's messages once there are at least `count`. */
  waitForMessages(chatId: number, count: number, timeoutMs = 5000): Promise<SentMessage[]> {
    const probe = () => this.messages(chatId).length >= count && this.messages(chatId)
    const context = () =>
      `Expected ${count} message(s) in chat ${chatId}. ${describeMessages(chatId, this.messages(chatId))}`
    return this.journal.waitFor(probe, timeoutMs, context)
  }

  /**
   * Resolves once every pushed update is confirmed and the bot is back in a long poll: the bot
   * has handled everything, so a test can check that it sent nothing without sleeping.
   */
  waitForIdle(timeoutMs = 5000): Promise<true> {
    const idle = () => this.pendingUpdates() === 0 && this.pollHeld()
    const context = () => `${this.pendingUpdates()} update(s) not yet confirmed by the bot.`
    return this.journal.waitFor(idle, timeoutMs, context)
  }

  stats(): TrafficStats {
    return this.state.traffic.snapshot()
  }

  /** Messages sent to the same chat more than once under `keyOf` (their visible text by default). */
  duplicates(keyOf: (message: SentMessage) => string = (message) => message.visibleText ?? '') {
    return findDuplicates(this.state.log.allSent(), keyOf)
  }

  // --- faults --------------------------------------------------------------------------------

  /** The next matching call (or `times` calls) of `method` fails with `fault`. */
  failNext(method: string, fault: Fault, scope?: FaultScope): void {
    this.state.faults.failNext(method, fault, scope)
  }

  /** The user blocks the bot: every call to this chat gets 403 from now on. */
  blockChat(chatId: number): void {
    this.state.faults.block(chatId)
  }

  /** Holds every reply to `method`, or those to one chat, for `ms` (0 stops); the call still takes effect at once. */
  hang(method: string, ms: number, scope: { chatId?: number } = {}): void {
    this.state.faults.hang(method, ms, scope.chatId)
  }

  // --- webhook -------------------------------------------------------------------------------

  /**
   * Delivers an update to the bot's webhook as Telegram would and returns the HTTP status.
   * A method call in the response body (grammY's webhook reply) is carried out and recorded.
   */
  async postWebhook(url: string, update: Update, secretToken?: string): Promise<number> {
    const { status, reply } = await postUpdate(url, update, secretToken)
    if (reply) this.call(canonicalMethod(reply.method), reply.params)
    return status
  }

  // --- HTTP ----------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.apiRoot)
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(url.pathname)?.[1]
    if (download) return this.serveFile(decodeURIComponent(download), res)

    const [, token, name] = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname) ?? []
    if (!token || !name) return reply(res, { ok: false, error_code: 404, description: 'Not Found' })
    this.useToken(token)

    const params = await readParams(req, url).catch(() => undefined)
    if (!params) return reply(res, badRequest("can't parse JSON"))

    const method = canonicalMethod(name)
    const answer =
      method === 'getUpdates' ? await this.poll(params, res) : this.call(method, params)
    await this.delays.wait(this.state.faults.delayOf(method, chatIdOf(params)))
    reply(res, answer)
  }

  private call(method: string, params: Params): ApiReply {
    const arrived = this.state.now()
    const answer = dispatch(method, params, this.state)
    return this.journal.record(method, params, arrived, answer)
  }

  private async poll(params: Params, res: ServerResponse): Promise<ApiReply> {
    const arrived = this.state.now()
    const poll = startPoll(params, this.state)
    if ('ok' in poll) return this.journal.record('getUpdates', params, arrived, poll)

    this.journal.changed()
    res.on('close', () => poll.cancel())
    return this.journal.record('getUpdates', params, arrived, await poll.reply)
  }

  private serveFile(path: string, res: ServerResponse): void {
    const file = this.state.files.byPath(path)
    if (!file) {
      reply(res, { ok: false, error_code: 404, description: 'Not Found' })
      return
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    res.end(file.content ?? Buffer.alloc(file.size))
  }

  private useToken(token: string): void {
    if (token === this.token) return
    this.token = token
    this.state.bot = botOf(token)
  }

  private emitting<T>(value: T): T {
    this.journal.changed()
    return value
  }
}

function reply(res: ServerResponse, answer: ApiReply): void {
  if (res.destroyed || res.writableEnded) return
  const status = answer.ok ? 200 : answer.error_code
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(answer))
}
