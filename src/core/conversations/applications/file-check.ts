import type { Forms } from '../../applications/form-schema.ts'
import type { IncomingFile } from '../turn.ts'

export type FileCheck =
  | { ok: true; mimeType: string }
  | { ok: false; code: 'too_large'; limitMb: number; sizeMb: number }
  | { ok: false; code: 'wrong_type'; name: string }
  | { ok: false; code: 'sticker' }

const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
}

/**
 * Whether a file may be kept for an application, by the forms file's
 * `limits`. A sticker saved and sent as a file (`sticker.webp`, `.tgs`) is
 * no document. A file without a size is taken as within the limit: Telegram
 * states the size of every photo and document it delivers to bots.
 */
export function checkFile(file: IncomingFile, limits: Forms['limits']): FileCheck {
  const name = file.fileName ?? ''
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (/^sticker/i.test(name) || extension === 'tgs' || file.mimeType === 'application/x-tgsticker')
    return { ok: false, code: 'sticker' }

  const size = file.sizeBytes ?? 0
  if (size > limits.maxFileBytes)
    return { ok: false, code: 'too_large', limitMb: mb(limits.maxFileBytes), sizeMb: mb(size) }

  const declared = file.mimeType && file.mimeType !== 'application/octet-stream'
  const mimeType = (declared ? file.mimeType : BY_EXTENSION[extension]) ?? ''
  if (!limits.mimeTypes.includes(mimeType))
    return { ok: false, code: 'wrong_type', name: name || mimeType }
  return { ok: true, mimeType }
}

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10
}
