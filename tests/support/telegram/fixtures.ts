import type { Chat, User, UserFromGetMe } from 'grammy/types'

/** Who is on the other side of a private chat. */
export interface Profile {
  firstName: string
  lastName?: string
  username?: string
  languageCode: string
}

export const DEFAULT_PROFILE: Profile = { firstName: 'Ah Ming', languageCode: 'zh-hans' }

/** The user of a private chat: Telegram gives the chat and the user the same id. */
export function userOf(chatId: number, profile: Profile): User {
  return {
    id: chatId,
    is_bot: false,
    first_name: profile.firstName,
    ...(profile.lastName === undefined ? {} : { last_name: profile.lastName }),
    ...(profile.username === undefined ? {} : { username: profile.username }),
    language_code: profile.languageCode,
  }
}

/** A private chat for a positive id, a supergroup for a negative one. */
export function chatOf(chatId: number, profile: Profile): Chat {
  if (chatId < 0) return { id: chatId, type: 'supergroup', title: `Group ${-chatId}` }

  return {
    id: chatId,
    type: 'private',
    first_name: profile.firstName,
    ...(profile.lastName === undefined ? {} : { last_name: profile.lastName }),
    ...(profile.username === undefined ? {} : { username: profile.username }),
  }
}

/** The bot itself; its id is the number before the colon of the token, as on Telegram. */
export function botOf(token: string): UserFromGetMe {
  const id = Number(token.split(':', 1)[0])
  return {
    id: Number.isSafeInteger(id) && id > 0 ? id : 100_000_001,
    is_bot: true,
    first_name: 'Test Bot',
    username: 'test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  }
}
