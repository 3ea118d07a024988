import { EventEmitter } from 'node:events'
import type { Call, Ephemeral, OpenedView, PostedMessage } from './slack-state.ts'

export type HostedFile = {
  id: string
  name: string
  mimetype: string
  bytes: Buffer
  url_private: string
}

/** What the Slack stand-in holds: channels and threads, views, homes, groups, files. */
export class SlackWorkspace {
  readonly teamId = 'T0BANGFU'
  readonly botUserId = 'U0BOT'
  readonly botId = 'B0BOT'
  readonly events = new EventEmitter()
  readonly calls: Call[] = []
  readonly messages: PostedMessage[] = []
  readonly ephemerals: Ephemeral[] = []
  readonly views: OpenedView[] = []
  readonly homes = new Map<string, Record<string, unknown>>()
  readonly reactions: { ts: string; name: string }[] = []
  readonly groups = new Map<string, Set<string>>()
  readonly users = new Map<string, Record<string, unknown>>()
  readonly pendingUploads = new Map<string, { name: string; bytes: Buffer }>()
  readonly hosted = new Map<string, HostedFile>()
  private readonly userTs = new Set<string>()
  private clock = 1_764_800_000
  private ids = 1000

  constructor(readonly baseUrl: string) {
    this.events.setMaxListeners(0)
  }

  /** A new Slack timestamp, increasing like Slack's. */
  nextTs(): string {
    this.clock += 1
    return `${this.clock}.${String(this.ids++).padStart(6, '0')}`
  }

  nextId(): number {
    return this.ids++
  }

  post(channel: string, text: string, blocks: unknown[] | undefined, threadTs?: string) {
    const message: PostedMessage = { channel, ts: this.nextTs(), text, edits: 0, reactions: [] }
    if (blocks) message.blocks = blocks
    if (threadTs) message.threadTs = threadTs
    this.messages.push(message)
    this.changed()
    return message
  }

  find(channel: string, ts: string): PostedMessage | undefined {
    return this.messages.find((message) => message.channel === channel && message.ts === ts)
  }

  /** A ts for a message a person writes (sent to the app as an event, never posted here). */
  userMessageTs(): string {
    const ts = this.nextTs()
    this.userTs.add(ts)
    return ts
  }

  isUserMessage(ts: string | undefined): boolean {
    return ts !== undefined && this.userTs.has(ts)
  }

  /** A file a person uploaded, fetchable by the bot at url_private with its token. */
  host(name: string, mimetype: string, bytes: Buffer): HostedFile {
    const id = `F${this.nextId()}`
    const file = { id, name, mimetype, bytes, url_private: `${this.baseUrl}/private/${id}/${name}` }
    this.hosted.set(id, file)
    return file
  }

  changed(): void {
    this.events.emit('changed')
  }
}
