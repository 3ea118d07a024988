import type { Message, Update, User } from 'grammy/types'
import { userOf } from './fixtures.ts'
import {
  documentKind,
  documentOf,
  PHOTO,
  photoSizes,
  STICKER,
  stickerOf,
  VOICE,
  voiceOf,
} from './media.ts'
import { chatFor, profileOf, type ServerState, unixTime } from './server-state.ts'

export interface PhotoOptions {
  fileId: string
  size: number
  mediaGroupId?: string
  caption?: string
}

export interface DocumentOptions {
  fileName: string
  mimeType: string
  fileId: string
  /** Bytes; defaults to the length of `content`. */
  size?: number
  /** What a download of the file returns; zero bytes of `size` when absent. */
  content?: Uint8Array
  mediaGroupId?: string
  caption?: string
}

export interface VoiceOptions {
  fileId: string
  duration?: number
  size?: number
}

export interface StickerOptions {
  fileId?: string
  emoji?: string
}

/** What a user does in a private chat, each turned into a queued update. */
export class UserActions {
  private queryCount = 0

  constructor(private readonly state: ServerState) {}

  sendText(chatId: number, text: string, opts: { replyTo?: number } = {}): Update {
    const replyTo = opts.replyTo === undefined ? undefined : this.findAny(chatId, opts.replyTo)
    const reply = replyTo ? { reply_to_message: replyTo } : {}
    return this.post(chatId, { text, ...reply } as Partial<Message>)
  }

  /** `/start`, or `/start payload` as a deep link sends it. */
  sendCommand(chatId: number, command: string): Update {
    if (!command.startsWith('/')) throw new Error(`A command starts with "/": got "${command}"`)
    const length = (command.split(' ', 1)[0] as string).length
    return this.post(chatId, {
      text: command,
      entities: [{ type: 'bot_command', offset: 0, length }],
    })
  }

  sendSticker(chatId: number, opts: StickerOptions = {}): Update {
    const file = this.state.files.add(opts.fileId ?? `sticker-${chatId}`, 24_000, STICKER)
    return this.post(chatId, { sticker: stickerOf(file, opts.emoji ?? '👍') })
  }

  sendPhoto(chatId: number, opts: PhotoOptions): Update {
    const thumb = this.state.files.add(`${opts.fileId}-thumb`, Math.ceil(opts.size / 20), PHOTO)
    const largest = this.state.files.add(opts.fileId, opts.size, PHOTO)
    return this.post(chatId, {
      photo: photoSizes(largest, thumb),
      ...extras(opts.mediaGroupId, opts.caption),
    })
  }

  sendVoice(chatId: number, opts: VoiceOptions): Update {
    const file = this.state.files.add(opts.fileId, opts.size ?? 16_000, VOICE)
    return this.post(chatId, { voice: voiceOf(file, opts.duration ?? 3) })
  }

  sendDocument(chatId: number, opts: DocumentOptions): Update {
    const size = opts.size ?? opts.content?.length ?? 1024
    const kind = documentKind(opts.fileName)
    const file = this.state.files.add(opts.fileId, size, kind, opts.content)
    return this.post(chatId, {
      document: documentOf(file, opts.fileName, opts.mimeType),
      ...extras(opts.mediaGroupId, opts.caption),
    })
  }

  /**
   * A tap on a button of a message the bot sent, carrying that message as it stands now, so a
   * tap on a stale keyboard can be tested. The button need not be on the message any more.
   */
  tapButton(chatId: number, data: string, messageId: number): Update {
    const sent = this.state.log.sentMessage(chatId, messageId)
    if (!sent) {
      const known = this.state.log.sent(chatId).map((message) => message.messageId)
      throw new Error(`The bot sent no message ${messageId} to chat ${chatId}; it sent [${known}]`)
    }

    this.queryCount += 1
    const id = String(4_000_000_000_000_000n + BigInt(this.queryCount))
    this.state.queries.add(id)
    return this.state.updates.push({
      callback_query: {
        id,
        from: this.user(chatId),
        message: sent.message,
        chat_instance: String(-7_000_000_000_000 - chatId),
        data,
      },
    })
  }

  /** The user edits a message they sent: an `edited_message` update. */
  editText(chatId: number, messageId: number, newText: string): Update {
    const original = this.state.log.userMessage(chatId, messageId)
    if (!original) throw new Error(`Chat ${chatId} has no user message ${messageId} to edit`)

    const { entities: _dropped, ...rest } = original
    const edited = { ...rest, text: newText, edit_date: unixTime(this.state.now()) }
    this.state.log.putUserMessage(chatId, edited)
    return this.state.updates.push({
      edited_message: edited as NonNullable<Update['edited_message']>,
    })
  }

  private post(chatId: number, content: Partial<Message>): Update {
    const message = {
      message_id: this.state.log.nextId(chatId),
      from: this.user(chatId),
      chat: chatFor(this.state, chatId),
      date: unixTime(this.state.now()),
      ...content,
    } as Message
    this.state.log.putUserMessage(chatId, message)
    return this.state.updates.push({ message: message as NonNullable<Update['message']> })
  }

  private findAny(chatId: number, messageId: number): Message | undefined {
    const { log } = this.state
    return log.userMessage(chatId, messageId) ?? log.sentMessage(chatId, messageId)?.message
  }

  private user(chatId: number): User {
    return userOf(chatId, profileOf(this.state, chatId))
  }
}

function extras(mediaGroupId: string | undefined, caption: string | undefined): Partial<Message> {
  return {
    ...(mediaGroupId === undefined ? {} : { media_group_id: mediaGroupId }),
    ...(caption === undefined ? {} : { caption }),
  }
}
