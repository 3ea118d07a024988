import { GrammyError, InlineKeyboard } from 'grammy'
import { slackProgressReporter } from '../bots/slack/broadcasts/progress-reporter.ts'
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

export function reportProgress(
  container: Container,
  ref: ProgressRef,
  line: Text,
): Promise<ProgressRef> {
  const reporter = ref.channel === 'telegram' ? telegramReporter : slackProgressReporter
  return reporter(container, ref, line)
}

const telegramReporter: ProgressReporter = async (container, ref, line) => {
  if (ref.channel !== 'telegram') return ref
  const api = telegramApi(container)
  const t = container.i18n.translator('zh-CN')
  const text = t(line.key, line.args)
  const reply_markup = controls(t, String(line.args?.id), String(line.args?.status))
  if (ref.messageId) {
    try {
      await api.editMessageText(ref.chatId, ref.messageId, text, { reply_markup })
      return ref
    } catch (error) {
      // Same text as before: nothing to change.
      if (error instanceof GrammyError && error.description.includes('not modified')) return ref
      throw error
    }
  }
  const sent = await api.sendMessage(ref.chatId, text, { reply_markup })
  return { ...ref, messageId: sent.message_id }
}

/** Pause or Resume, and Cancel, while the broadcast runs; none after. */
function controls(t: (key: string) => string, id: string, status: string): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  if (status === 'paused') keyboard.text(t('broadcast-resume'), `bc:r:${id}`)
  if (status === 'sending') keyboard.text(t('broadcast-pause'), `bc:p:${id}`)
  if (status === 'paused' || status === 'sending')
    keyboard.text(t('broadcast-cancel'), `bc:c:${id}`)
  return keyboard
}
