import type { Message } from 'grammy/types'
import type { Params } from './api-reply.ts'
import type { ReplyMarkup, SentMessage } from './chat-log.ts'
import { chatFor, type ServerState, unixTime } from './server-state.ts'

export interface Outgoing {
  /** Text or caption as the bot sent it. */
  text: string | undefined
  visibleText: string | undefined
  /** The content fields of the Message: text, photo, document, caption… */
  content: Partial<Message>
}

/** Numbers, dates and stores a message the bot sent; returns its record. */
export function recordSent(
  state: ServerState,
  method: string,
  chatId: number,
  params: Params,
  outgoing: Outgoing,
): SentMessage {
  const time = state.now()
  const markup = params.reply_markup as ReplyMarkup | undefined
  const message = {
    message_id: state.log.nextId(chatId),
    date: unixTime(time),
    chat: chatFor(state, chatId),
    from: {
      id: state.bot.id,
      is_bot: true,
      first_name: state.bot.first_name,
      username: state.bot.username,
    },
    ...outgoing.content,
    ...inlineOnly(markup),
  } as Message

  const sent: SentMessage = {
    chatId,
    messageId: message.message_id,
    method,
    text: outgoing.text,
    visibleText: outgoing.visibleText,
    parseMode: params.parse_mode === undefined ? undefined : String(params.parse_mode),
    replyMarkup: markup,
    time,
    editedAt: undefined,
    message,
  }
  state.log.putSent(sent)
  return sent
}

/** Telegram echoes only an inline keyboard back in the Message. */
export function inlineOnly(markup: ReplyMarkup | undefined): Pick<Message, 'reply_markup'> {
  return markup && 'inline_keyboard' in markup ? { reply_markup: markup } : {}
}
