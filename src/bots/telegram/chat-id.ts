import type { Update } from 'grammy/types'

/** The private chat an update belongs to, if any. */
export function chatIdOf(update: Update): number | undefined {
  const message = update.message ?? update.edited_message
  if (message) return message.chat.type === 'private' ? message.chat.id : undefined
  const query = update.callback_query
  if (query) return query.message?.chat.id ?? query.from.id
  return update.my_chat_member?.chat.id
}

export function chatKeyOf(hash: (value: string) => string, chatId: number | undefined): string {
  return chatId === undefined ? 'none' : hash(`telegram:${chatId}`)
}
