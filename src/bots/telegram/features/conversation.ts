import { Composer } from 'grammy'
import { runTurn } from '../../../core/conversations/run.ts'
import type { ConversationDeps } from '../../../core/conversations/turn.ts'
import { type Locale, toLocale } from '../../../core/i18n/translator.ts'
import type { BotContext } from '../context.ts'
import { toOutgoing } from '../outgoing.ts'
import { toEvent } from '../to-event.ts'

/** Every private-chat message and button press goes to the conversation core. */
export function conversationFeature(
  deps: ConversationDeps,
  defaultLocale: Locale,
): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  const privateChats = composer.chatType('private')

  privateChats.on(['message', 'edited_message', 'callback_query:data'], async (ctx) => {
    const event = toEvent(ctx)
    if (!event) return

    const ref = {
      channel: 'telegram' as const,
      externalId: String(ctx.chat.id),
      locale: toLocale(ctx.from?.language_code, defaultLocale),
    }
    const result = await runTurn(ctx.turn.tx, deps, ref, event, ctx.turn.chatKey)

    const pressedMessage = ctx.callbackQuery?.message?.message_id
    for (const reply of result.replies)
      ctx.turn.outbox.push(...toOutgoing(ctx.chat.id, reply, pressedMessage))
    if (result.toast) ctx.turn.toast = result.toast
  })
  return composer
}
