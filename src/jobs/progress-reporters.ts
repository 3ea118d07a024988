import { GrammyError } from 'grammy'
import type { ProgressRef } from '../core/campaigns/compose-broadcast.ts'
import type { Container } from '../core/container.ts'
import type { Text } from '../flows/types.ts'
import { telegramApi } from './telegram-api.ts'

/** Posts a progress line where the admin asked, or edits the one posted before. */
export type ProgressReporter = (
  container: Container,
  ref: ProgressRef,
  line: Text,
) => Promise<ProgressRef>

const reporters = new Map<ProgressRef['channel'], ProgressReporter>()

/** Slack registers its reporter here; Telegram's is built in. */
export function registerProgressReporter(
  channel: ProgressRef['channel'],
  reporter: ProgressReporter,
): void {
  reporters.set(channel, reporter)
}

export function reportProgress(
  container: Container,
  ref: ProgressRef,
  line: Text,
): Promise<ProgressRef> {
  const reporter = ref.channel === 'telegram' ? telegramReporter : reporters.get(ref.channel)
  if (!reporter) {
    container.log.warn({ channel: ref.channel }, 'no progress reporter for this channel')
    return Promise.resolve(ref)
  }
  return reporter(container, ref, line)
}

const telegramReporter: ProgressReporter = async (container, ref, line) => {
  if (ref.channel !== 'telegram') return ref
  const api = telegramApi(container)
  const text = container.i18n.translator('zh-CN')(line.key, line.args)
  if (ref.messageId) {
    try {
      await api.editMessageText(ref.chatId, ref.messageId, text)
      return ref
    } catch (error) {
      // Same text as before: nothing to change.
      if (error instanceof GrammyError && error.description.includes('not modified')) return ref
      throw error
    }
  }
  const sent = await api.sendMessage(ref.chatId, text)
  return { ...ref, messageId: sent.message_id }
}
