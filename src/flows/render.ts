import type { Translate } from '../core/i18n/translator.ts'
import type { Reply, Text } from './types.ts'

/** A reply in the worker's language, ready for any adapter to show. */
export type Rendered = {
  text: string
  buttons?: { text: string; data: string }[][]
  replace?: boolean
}

export function renderText(text: Text | string, t: Translate): string {
  return typeof text === 'string' ? text : t(text.key, text.args)
}

export function render(reply: Reply, t: Translate): Rendered {
  const rendered: Rendered = { text: reply.lines.map((line) => renderText(line, t)).join('\n') }
  if (reply.buttons?.length) {
    rendered.buttons = reply.buttons.map((row) =>
      row.map((button) => {
        const label = renderText(button.label, t)
        return { text: button.ticked ? `✅ ${label}` : label, data: button.data }
      }),
    )
  }
  if (reply.replace) rendered.replace = true
  return rendered
}
