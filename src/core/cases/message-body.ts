/** What a relayed message carries, sealed in case_messages.body. */
export type MessageBody = {
  text?: string
  /** Telegram's file handle, for a worker's photo or document. */
  fileId?: string
  fileName?: string
  mimeType?: string
  /** A caseworker's photo for the worker, base64. */
  photo?: string
  /** What the worker sent that cannot be relayed (a sticker, a voice note). */
  unsupported?: string
}
