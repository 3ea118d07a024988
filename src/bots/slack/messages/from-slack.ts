/**
 * A caseworker's Slack message as the worker should read it: links as
 * "label (url)", mentions and channel pings dropped to plain words, and
 * Slack's &amp; &lt; &gt; turned back into characters.
 */
export function slackToPlain(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/<@[UW][A-Z0-9]+(?:\|([^>]+))?>/g, (_, name?: string) => (name ? `@${name}` : ''))
    .replace(/<!(?:here|channel|everyone)(?:\|[^>]*)?>/g, '')
    .replace(/<#[CG][A-Z0-9]+(?:\|([^>]+))?>/g, (_, name?: string) => (name ? `#${name}` : ''))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim()
}
