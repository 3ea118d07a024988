import type { WorkerEvent } from '../../core/conversations/turn.ts'
import type { BotContext } from './context.ts'

/** Reads a Telegram update as a worker event; undefined for what workers cannot send. */
export function toEvent(ctx: BotContext): WorkerEvent | undefined {
  if (ctx.callbackQuery) return { type: 'button', data: ctx.callbackQuery.data ?? '' }
  if (ctx.editedMessage) return { type: 'edited' }

  const message = ctx.message
  if (!message) return undefined
  if (message.text !== undefined) {
    const command = /^\/([a-z_]+)(@\w+)?(\s|$)/i.exec(message.text)
    const name = command?.[1]?.toLowerCase()
    if (name) return { type: 'command', name }
    return { type: 'text', text: message.text }
  }
  return { type: 'unsupported', kind: kindOf(message) }
}

function kindOf(message: NonNullable<BotContext['message']>): string {
  if (message.sticker) return 'sticker'
  if (message.photo) return 'photo'
  if (message.voice || message.audio || message.video_note) return 'voice'
  if (message.document) return 'document'
  return 'other'
}
