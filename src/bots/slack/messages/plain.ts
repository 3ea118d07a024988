/**
 * Text as Slack shows it literally: `&`, `<` and `>` escaped, so nothing a
 * worker typed becomes a mention, a channel ping or a link Slack acts on.
 */
export function escapeSlack(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** A block showing text verbatim (plain_text never renders mentions or links). */
export function plainBlock(text: string) {
  return { type: 'section', text: { type: 'plain_text', text: clip(text || ' '), emoji: false } }
}

/** Slack refuses section text over 3,000 characters. */
export function clip(text: string, limit = 2_900): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text
}
