import type { InlineKeyboardButton } from 'grammy/types'
import type { Rendered } from '../../flows/render.ts'

/** One message to send, as stored (encrypted) in the outbox. */
export type Outgoing = {
  chatId: number
  text: string
  keyboard?: InlineKeyboardButton[][]
  /** Edit this message instead of sending a new one, when it still exists. */
  editMessageId?: number
  /** A caseworker's relayed message: its delivery is recorded against this case message. */
  relayId?: string
  /** Sent as a photo with the text as its caption. */
  photo?: { base64: string; fileName: string }
}

export const TELEGRAM_TEXT_LIMIT = 4096

/**
 * Turns a rendered reply into Telegram messages: plain text (so nothing a
 * worker typed is read as markup), split at line breaks to fit 4,096
 * characters, the buttons on the last part.
 */
export function toOutgoing(chatId: number, reply: Rendered, editMessageId?: number): Outgoing[] {
  const parts = splitText(reply.text, TELEGRAM_TEXT_LIMIT)
  return parts.map((text, index) => {
    const last = index === parts.length - 1
    const message: Outgoing = { chatId, text }
    if (last && reply.buttons) {
      message.keyboard = reply.buttons.map((row) =>
        row.map((b) => ({ text: b.text, callback_data: b.data })),
      )
    }
    if (last && parts.length === 1 && reply.replace && editMessageId)
      message.editMessageId = editMessageId
    return message
  })
}

/** Splits at the last line break (or space) before the limit; never mid-character. */
export function splitText(text: string, limit: number): string[] {
  const chars = Array.from(text.length === 0 ? ' ' : text)
  const parts: string[] = []
  let start = 0
  while (start < chars.length) {
    let end = Math.min(start + limit, chars.length)
    if (end < chars.length) {
      const window = chars.slice(start, end)
      const breakAt = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '))
      if (breakAt > limit / 2) end = start + breakAt + 1
    }
    const part = chars.slice(start, end).join('').trim()
    if (part) parts.push(part)
    start = end
  }
  return parts
}
