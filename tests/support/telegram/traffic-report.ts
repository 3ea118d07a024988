import type { CallRecord } from './call-journal.ts'
import type { SentMessage } from './chat-log.ts'

export interface DuplicateGroup {
  chatId: number
  key: string
  times: number
}

/** Messages that reached a chat more than once under the same key. */
export function findDuplicates(
  messages: SentMessage[],
  keyOf: (message: SentMessage) => string,
): { count: number; groups: DuplicateGroup[] } {
  const counts = new Map<string, DuplicateGroup>()
  for (const message of messages) {
    const key = keyOf(message)
    const id = JSON.stringify([message.chatId, key])
    const group = counts.get(id) ?? { chatId: message.chatId, key, times: 0 }
    group.times += 1
    counts.set(id, group)
  }

  const groups = [...counts.values()].filter((group) => group.times > 1)
  const count = groups.reduce((sum, group) => sum + group.times - 1, 0)
  return { count, groups }
}

/** The last calls in one line each, for a timeout message. Long polls are only counted. */
export function describeCalls(calls: CallRecord[], last = 15): string {
  const polls = calls.filter((call) => call.method === 'getUpdates').length
  const others = calls.filter((call) => call.method !== 'getUpdates')
  if (others.length === 0) return `The bot made no calls besides ${polls} getUpdates.`

  const lines = others.slice(-last).map((call) => {
    const chat = call.chatId === undefined ? '' : ` chat ${call.chatId}`
    const text = call.params.text ?? call.params.caption ?? call.params.data
    const shown = text === undefined ? '' : ` ${JSON.stringify(String(text).slice(0, 60))}`
    const outcome = call.reply.ok ? 'ok' : `${call.reply.error_code} ${call.reply.description}`
    return `  ${call.method}${chat}${shown} -> ${outcome}`
  })
  const skipped = others.length > last ? ` (last ${last} of ${others.length})` : ''
  return `Calls besides ${polls} getUpdates${skipped}:\n${lines.join('\n')}`
}

export function describeMessages(chatId: number, messages: SentMessage[]): string {
  const texts = messages.map((message) => JSON.stringify(message.visibleText?.slice(0, 60) ?? ''))
  return `Chat ${chatId} has ${messages.length} message(s) from the bot: [${texts.join(', ')}]`
}
