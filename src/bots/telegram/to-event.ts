import type { IncomingFile, WorkerEvent } from '../../core/conversations/turn.ts'
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
  const file = fileOf(message)
  if (file) return { type: 'file', file }
  return { type: 'unsupported', kind: kindOf(message) }
}

/** A photo (its largest size) or a document, described without its bytes. */
function fileOf(message: NonNullable<BotContext['message']>): IncomingFile | undefined {
  const photo = message.photo?.at(-1)
  const document = message.document
  const source = photo ?? document
  if (!source) return undefined

  const file: IncomingFile = {
    kind: photo ? 'photo' : 'document',
    fileId: source.file_id,
    fileUniqueId: source.file_unique_id,
  }
  if (photo) file.mimeType = 'image/jpeg'
  if (document?.mime_type) file.mimeType = document.mime_type
  if (document?.file_name) file.fileName = document.file_name
  if (source.file_size !== undefined) file.sizeBytes = source.file_size
  if (message.media_group_id) file.groupId = message.media_group_id
  if (message.caption) file.caption = message.caption
  return file
}

function kindOf(message: NonNullable<BotContext['message']>): string {
  if (message.sticker) return 'sticker'
  if (message.photo) return 'photo'
  if (message.voice || message.audio || message.video_note) return 'voice'
  if (message.document) return 'document'
  return 'other'
}
