/** A message the bot posted, as the stand-in holds it (chat.update replaces it in place). */
export type PostedMessage = {
  channel: string
  ts: string
  threadTs?: string
  text: string
  blocks?: unknown[]
  /** Files attached by files.completeUploadExternal. */
  files?: { id: string; name: string; bytes: Buffer }[]
  edits: number
  reactions: string[]
}

export type Ephemeral = { channel: string; user: string; text: string; threadTs?: string }

export type OpenedView = { id: string; triggerId: string; view: Record<string, unknown> }

export type Call = { method: string; params: Record<string, unknown>; at: number }
