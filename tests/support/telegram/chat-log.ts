import type {
  ForceReply,
  InlineKeyboardMarkup,
  Message,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from 'grammy/types'

export type ReplyMarkup =
  | InlineKeyboardMarkup
  | ReplyKeyboardMarkup
  | ReplyKeyboardRemove
  | ForceReply

/** A message the bot sent, as it stands after any edits. Edits replace the record. */
export interface SentMessage {
  chatId: number
  messageId: number
  /** The method that sent it: sendMessage, sendPhoto, sendDocument or copyMessage. */
  method: string
  /** Text or caption exactly as the bot sent it, tags included. */
  text: string | undefined
  /** What the user reads: tags removed, entities decoded. */
  visibleText: string | undefined
  parseMode: string | undefined
  replyMarkup: ReplyMarkup | undefined
  /** Milliseconds since the epoch when it was sent, and when last edited. */
  time: number
  editedAt: number | undefined
  /** The Message object Telegram returned to the bot. */
  message: Message
}

/** Every chat's messages, from users and from the bot, numbered per chat as Telegram does. */
export class ChatLog {
  private readonly lastIds = new Map<number, number>()
  private readonly fromBot = new Map<number, Map<number, SentMessage>>()
  private readonly fromUsers = new Map<number, Map<number, Message>>()

  nextId(chatId: number): number {
    const id = (this.lastIds.get(chatId) ?? 0) + 1
    this.lastIds.set(chatId, id)
    return id
  }

  putUserMessage(chatId: number, message: Message): void {
    this.chat(this.fromUsers, chatId).set(message.message_id, message)
  }

  userMessage(chatId: number, messageId: number): Message | undefined {
    return this.fromUsers.get(chatId)?.get(messageId)
  }

  putSent(sent: SentMessage): void {
    this.chat(this.fromBot, sent.chatId).set(sent.messageId, sent)
  }

  sentMessage(chatId: number, messageId: number): SentMessage | undefined {
    return this.fromBot.get(chatId)?.get(messageId)
  }

  sent(chatId: number): SentMessage[] {
    return [...(this.fromBot.get(chatId)?.values() ?? [])]
  }

  allSent(): SentMessage[] {
    return [...this.fromBot.values()].flatMap((chat) => [...chat.values()])
  }

  private chat<T>(store: Map<number, Map<number, T>>, chatId: number): Map<number, T> {
    const found = store.get(chatId)
    if (found) return found
    const created = new Map<number, T>()
    store.set(chatId, created)
    return created
  }
}
