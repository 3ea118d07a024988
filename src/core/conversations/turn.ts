import type { FlowState, Reply, Text } from '../../flows/types.ts'
import type { Worker } from '../../generated/prisma/client.ts'
import type { Forms } from '../applications/form-schema.ts'
import type { CampaignDeps } from '../campaigns/deps.ts'
import type { CaseworkSettings } from '../cases/settings.ts'
import type { Tx } from '../db/types.ts'
import type { I18n, Locale, Translate } from '../i18n/translator.ts'
import type { Cipher } from '../privacy/cipher.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import type { UnderstandingDeps } from '../understanding/understand.ts'

/** Long-lived things a conversation turn needs, built once in the container. */
export type ConversationDeps = {
  cipher: Cipher
  policy: Policy
  forms: Forms
  i18n: I18n
  now: () => Date
  /** Free-text reading: the model when configured, the built-in matcher always. */
  understanding: UnderstandingDeps
  /** Hotline text and caseworkers' hours, for escalations; defaults when absent. */
  casework?: CaseworkSettings
  /** Events, sign-ups and broadcasts; absent where no job queue is configured. */
  campaigns?: CampaignDeps
}

/** One worker event being handled inside one database transaction. */
export type Turn = {
  tx: Tx
  deps: ConversationDeps
  worker: Worker
  locale: Locale
  t: Translate
  /** Keyed hash of the chat, when the channel files traffic under one. */
  chatKey?: string
  replies: Reply[]
  toast?: Text
  /** What the turn already read, to spare the database a query per lookup. */
  cache?: { consents: Set<string>; flow: FlowState | null }
}

/** A photo or file the worker sent, as the channel describes it; the bytes stay with the channel. */
export type IncomingFile = {
  kind: 'photo' | 'document'
  /** The channel's handle to fetch or forward the file (Telegram's file_id). */
  fileId: string
  /** Stable across re-sends of the same file, for de-duplication. */
  fileUniqueId: string
  mimeType?: string
  fileName?: string
  sizeBytes?: number
  /** Files sent together (a Telegram album) share this. */
  groupId?: string
  caption?: string
}

/** What the worker did, in channel-neutral terms. */
export type WorkerEvent =
  | { type: 'text'; text: string }
  | { type: 'file'; file: IncomingFile }
  | { type: 'button'; data: string }
  | { type: 'unsupported'; kind: string }
  | { type: 'command'; name: string }
  | { type: 'edited' }
