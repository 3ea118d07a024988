import type { Document, PhotoSize, Sticker, Voice } from 'grammy/types'
import type { StoredFile } from './file-store.ts'

export const PHOTO = { folder: 'photos', ext: 'jpg' }
export const VOICE = { folder: 'voice', ext: 'oga' }
export const STICKER = { folder: 'stickers', ext: 'webp' }

export function documentKind(fileName: string): { folder: string; ext: string } {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1] ?? 'dat'
  return { folder: 'documents', ext: ext.toLowerCase() }
}

/** A photo as Telegram sends it: sizes from smallest to largest. */
export function photoSizes(largest: StoredFile, thumb?: StoredFile): PhotoSize[] {
  const size = (file: StoredFile, width: number, height: number): PhotoSize => ({
    file_id: file.fileId,
    file_unique_id: file.uniqueId,
    width,
    height,
    file_size: file.size,
  })
  return thumb ? [size(thumb, 90, 68), size(largest, 1280, 960)] : [size(largest, 1280, 960)]
}

export function documentOf(file: StoredFile, fileName: string, mimeType: string): Document {
  return {
    file_id: file.fileId,
    file_unique_id: file.uniqueId,
    file_name: fileName,
    mime_type: mimeType,
    file_size: file.size,
  }
}

export function voiceOf(file: StoredFile, duration: number): Voice {
  return {
    file_id: file.fileId,
    file_unique_id: file.uniqueId,
    duration,
    mime_type: 'audio/ogg',
    file_size: file.size,
  }
}

export function stickerOf(file: StoredFile, emoji: string): Sticker {
  return {
    file_id: file.fileId,
    file_unique_id: file.uniqueId,
    type: 'regular',
    width: 512,
    height: 512,
    is_animated: false,
    is_video: false,
    emoji,
    file_size: file.size,
  }
}
