import { type ApiFailure, badRequest } from './api-reply.ts'
import { checkHtml } from './html-check.ts'

/** Telegram's limits, counted in characters after entity parsing (tdlib `utf8_length`). */
export const TEXT_LIMIT = 4096
export const CAPTION_LIMIT = 1024
export const CALLBACK_DATA_LIMIT = 64

export type TextCheck = { ok: true; plain: string } | ApiFailure

/** Checks a message text as `sendMessage` and `editMessageText` do. */
export function checkText(text: unknown, parseMode: unknown, strictHtml: boolean): TextCheck {
  if (typeof text !== 'string') return badRequest('message text is empty')

  const parsed = parse(text, parseMode, strictHtml)
  if (!parsed.ok) return parsed
  if (parsed.plain.trim() === '') return badRequest('message text is empty')
  if (length(parsed.plain) > TEXT_LIMIT) return badRequest('message is too long')
  return parsed
}

/** Checks an optional caption; an absent caption is fine. */
export function checkCaption(caption: unknown, parseMode: unknown, strictHtml: boolean): TextCheck {
  if (caption === undefined) return { ok: true, plain: '' }

  const parsed = parse(String(caption), parseMode, strictHtml)
  if (!parsed.ok) return parsed
  if (length(parsed.plain) > CAPTION_LIMIT) return badRequest('message caption is too long')
  return parsed
}

/** Checks the callback data of every inline button: 1-64 bytes. */
export function checkMarkup(markup: unknown): ApiFailure | undefined {
  const rows = (markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard
  if (!Array.isArray(rows)) return undefined

  for (const button of rows.flat() as Array<{ callback_data?: unknown }>) {
    const data = button.callback_data
    if (data === undefined) continue
    const bytes = Buffer.byteLength(String(data))
    if (bytes < 1 || bytes > CALLBACK_DATA_LIMIT) return badRequest('BUTTON_DATA_INVALID')
  }
  return undefined
}

// MarkdownV2 is not parsed: its text is measured as sent.
function parse(text: string, parseMode: unknown, strictHtml: boolean): TextCheck {
  if (parseMode === undefined) return { ok: true, plain: text }

  const mode = String(parseMode).toLowerCase()
  if (mode === 'markdown' || mode === 'markdownv2') return { ok: true, plain: text }
  if (mode !== 'html') return badRequest('unsupported parse_mode')

  const html = checkHtml(text, strictHtml)
  return html.ok ? html : badRequest(`can't parse entities: ${html.reason}`)
}

function length(text: string): number {
  return [...text].length
}
