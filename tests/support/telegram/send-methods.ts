import type { Message } from 'grammy/types'
import { type ApiFailure, type ApiReply, badRequest, ok, type Params } from './api-reply.ts'
import { documentKind, documentOf, PHOTO, photoSizes } from './media.ts'
import { checkCaption, checkMarkup, checkText } from './message-limits.ts'
import { resolveFile, uploadName } from './outgoing-file.ts'
import { recordSent } from './sent-record.ts'
import { chatIdOf, type MethodHandler, type ServerState } from './server-state.ts'

// Fields that make up a message's content, carried over by copyMessage.
const CONTENT = ['text', 'entities', 'photo', 'document', 'voice', 'sticker', 'caption'] as const

export const sendMethods: Record<string, MethodHandler> = {
  sendMessage(params, state) {
    const chatId = chatIdOf(params)
    if (chatId === undefined) return badRequest('chat not found')

    const text = checkText(params.text, params.parse_mode, state.strictHtml)
    if (!text.ok) return text
    const problem = checkMarkup(params.reply_markup) ?? checkReply(params, state, chatId)
    if (problem) return problem

    const raw = String(params.text)
    const outgoing = { text: raw, visibleText: text.plain, content: { text: text.plain } }
    return ok(recordSent(state, 'sendMessage', chatId, params, outgoing).message)
  },

  sendPhoto(params, state) {
    const file = resolveFile(state, 'photo', params.photo, PHOTO)
    if ('ok' in file) return file
    return sendMedia(params, state, 'sendPhoto', { photo: photoSizes(file) })
  },

  sendDocument(params, state) {
    const name = uploadName(params.document, 'document')
    const file = resolveFile(state, 'document', params.document, documentKind(name))
    if ('ok' in file) return file
    const document = documentOf(file, name, 'application/octet-stream')
    return sendMedia(params, state, 'sendDocument', { document })
  },

  copyMessage(params, state) {
    const fromChat = Number(params.from_chat_id)
    const messageId = Number(params.message_id)
    const source =
      state.log.userMessage(fromChat, messageId) ??
      state.log.sentMessage(fromChat, messageId)?.message
    if (!source) return badRequest('message to copy not found')

    const content = Object.fromEntries(CONTENT.map((key) => [key, source[key]]))
    const shown = source.text ?? source.caption
    const copy: Params = { caption: params.caption ?? source.caption, ...params }
    const reply = sendMedia(copy, state, 'copyMessage', content, shown)
    return reply.ok ? ok({ message_id: (reply.result as Message).message_id }) : reply
  },
}

function sendMedia(
  params: Params,
  state: ServerState,
  method: string,
  content: Partial<Message>,
  shownText?: string,
): ApiReply {
  const chatId = chatIdOf(params)
  if (chatId === undefined) return badRequest('chat not found')

  const caption = checkCaption(params.caption, params.parse_mode, state.strictHtml)
  if (!caption.ok) return caption
  const problem = checkMarkup(params.reply_markup) ?? checkReply(params, state, chatId)
  if (problem) return problem

  const raw = params.caption === undefined ? shownText : String(params.caption)
  const visibleText = params.caption === undefined ? shownText : caption.plain
  const withCaption = visibleText === undefined || content.text ? {} : { caption: visibleText }
  const outgoing = { text: raw, visibleText, content: { ...content, ...withCaption } }
  return ok(recordSent(state, method, chatId, params, outgoing).message)
}

// A reply must point at a message in the chat unless the bot allows sending without it.
function checkReply(params: Params, state: ServerState, chatId: number): ApiFailure | undefined {
  const reply = params.reply_parameters as
    | { message_id?: number; allow_sending_without_reply?: boolean }
    | undefined
  const target = reply?.message_id ?? params.reply_to_message_id
  if (target === undefined || reply?.allow_sending_without_reply) return undefined

  const id = Number(target)
  const found = state.log.userMessage(chatId, id) ?? state.log.sentMessage(chatId, id)
  return found ? undefined : badRequest('message to be replied not found')
}
