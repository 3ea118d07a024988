import type { WorkerEvent } from '../../core/conversations/turn.ts'
import type { Rendered } from '../../flows/render.ts'

/**
 * What a typed line means in the terminal chat: a command, a button (by its
 * exact label, or by its number in the list), or plain text.
 */
export function lineToEvent(line: string, shown: Rendered | undefined): WorkerEvent {
  const text = line.trim()
  const command = /^\/([a-z_]+)$/i.exec(text)
  if (command?.[1]) return { type: 'command', name: command[1].toLowerCase() }

  const buttons = shown?.buttons?.flat() ?? []
  const byLabel = buttons.find((button) => button.text === text)
  if (byLabel) return { type: 'button', data: byLabel.data }
  const index = Number(text)
  const byNumber =
    Number.isInteger(index) && !asksForNumber(buttons) ? buttons[index - 1] : undefined
  if (byNumber) return { type: 'button', data: byNumber.data }
  return { type: 'text', text: line }
}

/**
 * A question answered with a number (household size, income) has no options
 * besides number buttons: there a typed number is the answer, not a choice.
 */
function asksForNumber(buttons: { text: string; data: string }[]): boolean {
  const flow = buttons.some((button) => button.data.startsWith('f:'))
  const options = buttons.filter((button) => /^f:[at]:/.test(button.data))
  return flow && options.every((button) => /^\d+$/.test(button.text))
}

/** A reply as terminal lines, its buttons numbered. */
export function formatForTerminal(reply: Rendered): string {
  const buttons = reply.buttons?.flat() ?? []
  const choices = buttons.map((button, i) => `  [${i + 1}] ${button.text}`)
  return [reply.text, ...choices].join('\n')
}
