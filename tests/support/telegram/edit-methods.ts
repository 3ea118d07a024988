import type { Message } from 'grammy/types'
import { type ApiFailure, badRequest, ok, type Params } from './api-reply.ts'
import type { ReplyMarkup, SentMessage } from './chat-log.ts'
import { checkMarkup, checkText } from './message-limits.ts'
import { inlineOnly } from './sent-record.ts'
import type { MethodHandler, ServerState } from './server-state.ts'
import { unixTime } from './server-state.ts'

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message'

/**
 * Edits of the bot's own messages. Caveat: as on Telegram, editing the text without passing
 * `reply_markup` removes the inline keyboard. Inline-mode messages are accepted unchecked.
 */
export const editMethods: Record<string, MethodHandler> = {
  editMessageText(params, state) {
    if (params.inline_message_id !== undefined) return ok(true)
    const target = findEditable(params, state)
    if ('ok' in target) return target
    if (target.message.text === undefined)
      return badRequest('there is no text in the message to edit')

    const text = checkText(params.text, params.parse_mode, state.strictHtml)
    if (!text.ok) return text
    const problem = checkMarkup(params.reply_markup)
    if (problem) return problem

    const markup = params.reply_markup as ReplyMarkup | undefined
    const sameText = text.plain === target.visibleText && String(params.text) === target.text
    if (sameText && sameMarkup(markup, target.replyMarkup)) return badRequest(NOT_MODIFIED)

    const time = state.now()
    const message = {
      ...withoutMarkup(target.message),
      text: text.plain,
      edit_date: unixTime(time),
    }
    return ok(
      save(state, {
        ...target,
        text: String(params.text),
        visibleText: text.plain,
        parseMode: params.parse_mode === undefined ? undefined : String(params.parse_mode),
        replyMarkup: markup,
        editedAt: time,
        message: { ...message, ...inlineOnly(markup) } as Message,
      }),
    )
  },

  editMessageReplyMarkup(params, state) {
    if (params.inline_message_id !== undefined) return ok(true)
    const target = findEditable(params, state)
    if ('ok' in target) return target

    const problem = checkMarkup(params.reply_markup)
    if (problem) return problem
    const markup = params.reply_markup as ReplyMarkup | undefined
    if (sameMarkup(markup, target.replyMarkup)) return badRequest(NOT_MODIFIED)

    const message = { ...withoutMarkup(target.message), ...inlineOnly(markup) } as Message
    return ok(save(state, { ...target, replyMarkup: markup, editedAt: state.now(), message }))
  },
}

function findEditable(params: Params, state: ServerState): SentMessage | ApiFailure {
  const chatId = Number(params.chat_id)
  const messageId = Number(params.message_id)

  const sent = state.log.sentMessage(chatId, messageId)
  if (sent) return sent
  if (state.log.userMessage(chatId, messageId)) return badRequest("message can't be edited")
  return badRequest('message to edit not found')
}

function save(state: ServerState, edited: SentMessage): Message {
  state.log.putSent(edited)
  return edited.message
}

function sameMarkup(next: ReplyMarkup | undefined, current: ReplyMarkup | undefined): boolean {
  return JSON.stringify(next ?? null) === JSON.stringify(current ?? null)
}

function withoutMarkup(message: Message): Message {
  const { reply_markup: _dropped, ...rest } = message
  return rest
}
