/** The internal-note convention the App Home explains: `note:`, `备注：` or `//` at the start. */
export const NOTE_HELP =
  'Start a thread reply with `note:` (or `备注：`, or `//`) to write an internal note: it stays in Slack and never reaches the worker.'

export function isNote(text: string): boolean {
  return /^\s*(note\s*[:：]|备注\s*[:：]|\/\/)/i.test(text)
}
