import { autoRetry } from '@grammyjs/auto-retry'
import { Bot } from 'grammy'
import type { ConversationDeps } from '../../core/conversations/turn.ts'
import type { Locale } from '../../core/i18n/translator.ts'
import type { Logger } from '../../core/logger.ts'
import type { Cipher } from '../../core/privacy/cipher.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { BotContext } from './context.ts'
import { conversationFeature } from './features/conversation.ts'
import { createOutbox } from './outbox.ts'
import { transaction } from './transaction.ts'

export type BotOptions = {
  token: string
  apiRoot: string
  prisma: PrismaClient
  cipher: Cipher
  conversation: ConversationDeps
  defaultLocale: Locale
  log: Logger
}

/**
 * The grammY bot with its features installed. It does not fetch updates
 * itself: the poller or webhook stores them and the processor feeds them
 * to `bot.handleUpdate`, so delivery is decoupled from handling.
 */
export function createBot(options: BotOptions) {
  const bot = new Bot<BotContext>(options.token, { client: { apiRoot: options.apiRoot } })
  // Honours 429 retry_after and retries Telegram's 5xx; gives up after a few tries.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }))

  const outbox = createOutbox(options.prisma, bot.api, options.cipher, options.log)
  bot.use(transaction({ prisma: options.prisma, cipher: options.cipher, outbox, log: options.log }))
  bot.use(conversationFeature(options.conversation, options.defaultLocale))

  return { bot, outbox }
}
