import { createHash } from 'node:crypto'

/** A file Telegram holds: sent by a user, or uploaded by the bot. */
export interface StoredFile {
  fileId: string
  uniqueId: string
  size: number
  path: string
  content: Uint8Array | undefined
}

/** Bots may download files up to 20 MB through getFile. */
export const DOWNLOAD_LIMIT = 20 * 1024 * 1024

export class FileStore {
  private readonly byId = new Map<string, StoredFile>()
  private count = 0

  /** Registers a file under the given id; `folder/file_N.ext` is its download path. */
  add(fileId: string, size: number, kind: { folder: string; ext: string }, content?: Uint8Array) {
    this.count += 1
    const file: StoredFile = {
      fileId,
      uniqueId: createHash('sha1').update(fileId).digest('base64url').slice(0, 16),
      size,
      path: `${kind.folder}/file_${this.count}.${kind.ext}`,
      content,
    }
    this.byId.set(fileId, file)
    return file
  }

  /** Registers a file the bot uploaded, under a fresh id. */
  mint(size: number, kind: { folder: string; ext: string }): StoredFile {
    return this.add(`BQACAgUAAx${this.count + 1}uploaded`, size, kind)
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId)
  }

  byPath(path: string): StoredFile | undefined {
    return [...this.byId.values()].find((file) => file.path === path)
  }
}
