/** Tags Telegram's HTML parse mode accepts (tdlib `parse_html`). */
const SUPPORTED = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  's',
  'strike',
  'del',
  'u',
  'ins',
  'tg-spoiler',
  'tg-emoji',
  'span',
  'pre',
  'code',
  'blockquote',
])

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' }

export type HtmlCheck = { ok: true; plain: string } | { ok: false; reason: string }

/**
 * Parses text the way Telegram does for `parse_mode: 'HTML'` and returns the plain text.
 * Caveat: with `strict` a bare `&` is refused; Telegram itself lets it through as a literal,
 * but it betrays user text that was not escaped.
 */
export function checkHtml(html: string, strict: boolean): HtmlCheck {
  const open: string[] = []
  let plain = ''
  let i = 0

  while (i < html.length) {
    const char = html[i] as string
    const at = () => Buffer.byteLength(html.slice(0, i))

    if (char === '&') {
      const entity = decodeEntity(html, i)
      if (entity) {
        plain += entity.text
        i += entity.length
        continue
      }
      if (strict) return fail(`Character "&" is not part of an entity at byte offset ${at()}`)
    }

    if (char !== '<') {
      plain += char
      i += 1
      continue
    }

    const isEnd = html[i + 1] === '/'
    const name = readName(html, i + (isEnd ? 2 : 1))
    const unclosed = `Unclosed ${isEnd ? 'end' : 'start'} tag at byte offset ${at()}`
    if (name === undefined) return fail(unclosed)
    if (!isEnd && !SUPPORTED.has(name)) {
      return fail(`Unsupported start tag "${name}" at byte offset ${at()}`)
    }
    const close = html.indexOf('>', i)
    if (close < 0) return fail(unclosed)

    if (isEnd) {
      const expected = open.pop()
      if (expected === undefined) return fail(`Unexpected end tag at byte offset ${at()}`)
      if (name !== expected) {
        return fail(
          `Unmatched end tag at byte offset ${at()}, expected "</${expected}>", found "</${name}>"`,
        )
      }
    } else {
      const problem = checkAttributes(name, html.slice(i, close))
      if (problem) return fail(problem)
      open.push(name)
    }
    i = close + 1
  }

  const last = open.pop()
  if (last !== undefined) {
    return fail(`Can't find end tag corresponding to start tag "${last}"`)
  }
  return { ok: true, plain }
}

/** The tag name after `<` or `</`; undefined when the text ends first. */
function readName(html: string, from: number): string | undefined {
  let end = from
  while (end < html.length && !/[\s>]/.test(html[end] as string)) end += 1
  return end < html.length ? html.slice(from, end).toLowerCase() : undefined
}

function fail(reason: string): HtmlCheck {
  return { ok: false, reason }
}

function decodeEntity(html: string, at: number): { text: string; length: number } | undefined {
  const match = /^&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/i.exec(html.slice(at, at + 12))
  if (!match?.[1]) return undefined

  const body = match[1]
  const named = NAMED[body.toLowerCase()]
  if (named) return { text: named, length: match[0].length }
  if (!body.startsWith('#')) return undefined

  const code =
    body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
  if (code <= 0 || code > 0x10ffff) return undefined
  return { text: String.fromCodePoint(code), length: match[0].length }
}

function checkAttributes(name: string, inside: string): string | undefined {
  if (name === 'span' && !/\bclass\s*=\s*["']?tg-spoiler\b/.test(inside)) {
    return 'Tag "span" must have class "tg-spoiler"'
  }
  if (name === 'tg-emoji' && !/\bemoji-id\s*=\s*["']?\d+/.test(inside)) {
    return 'Custom emoji entity must contain a valid custom emoji identifier'
  }
  return undefined
}
