import type { View } from '@slack/types'

export const COMPOSE_CALLBACK = 'broadcast.compose'

/**
 * The compose modal: the text, an optional filter line (the same words as
 * the Telegram /broadcast: `kind=campaign illness=self_chronic children=yes
 * stages=compulsory programmes=… status=approved lang=zh-CN`), an optional
 * time (China time) and whether to send or only test-send to oneself.
 */
export function composeModal(): View {
  const input = (
    block: string,
    label: string,
    element: Record<string, unknown>,
    optional = false,
  ) => ({
    type: 'input',
    block_id: block,
    optional,
    label: { type: 'plain_text', text: label },
    element: { action_id: 'value', ...element },
  })
  return {
    type: 'modal',
    callback_id: COMPOSE_CALLBACK,
    title: { type: 'plain_text', text: 'Broadcast' },
    submit: { type: 'plain_text', text: 'Go' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      input('text', 'Message to workers', {
        type: 'plain_text_input',
        multiline: true,
        max_length: 3500,
      }),
      input(
        'segment',
        'Who (filters; everyone subscribed when empty)',
        { type: 'plain_text_input' },
        true,
      ),
      input(
        'schedule',
        'When (YYYY-MM-DD HH:mm, China time; now when empty)',
        { type: 'plain_text_input' },
        true,
      ),
      input('mode', 'Send or test', {
        type: 'static_select',
        options: [
          { text: { type: 'plain_text', text: 'Test: send it to me only' }, value: 'test' },
          { text: { type: 'plain_text', text: 'Send to the segment' }, value: 'send' },
        ],
      }),
    ],
  } as View
}

/** `2026-07-15 09:00` in China time, or undefined for anything else. */
export function parseChinaTime(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(text.trim())
  if (!match) return undefined
  const [, y, mo, d, h, mi] = match.map(Number) as number[]
  const at = new Date(Date.UTC(y as number, (mo as number) - 1, d, (h as number) - 8, mi))
  return Number.isNaN(at.getTime()) ? undefined : at
}
