import type { I18n } from '../../core/i18n/translator.ts'
import type { Messenger } from '../../core/notifications/messenger.ts'
import type { Cipher } from '../../core/privacy/cipher.ts'
import { render } from '../../flows/render.ts'
import { chatKeyOf } from './chat-id.ts'
import { toOutgoing } from './outgoing.ts'

/**
 * The Telegram messenger: a message for a worker joins the same outbox as
 * replies to their updates. Any process may queue; the bot process sends
 * (its outbox sweeps for rows other processes wrote).
 */
export function telegramMessenger(cipher: Cipher, i18n: I18n): Messenger {
  return {
    async queue(tx, worker, reply, extras) {
      if (worker.channel !== 'telegram') return false
      const chatId = Number(worker.externalId)
      const t = i18n.translator(worker.locale === 'en' ? 'en' : 'zh-CN')
      const chatKey = chatKeyOf(cipher.keyedHash, chatId)
      const messages = toOutgoing(chatId, render(reply, t))
      const last = messages.at(-1)
      if (last && extras?.relayId) last.relayId = extras.relayId
      if (last && extras?.photo) last.photo = extras.photo
      await tx.outboundMessage.createMany({
        data: messages.map((message) => ({ chatKey, payload: cipher.sealJson(message) })),
      })
      return true
    },
  }
}
