import { describe, expect, it } from 'vitest'
import { checkHtml } from '../../support/telegram/html-check.ts'

describe('checkHtml', () => {
  it('reads the text a user sees out of well-formed HTML', () => {
    const html = '<b>Hi</b> <a href="https://x.org">Ah&amp;Ming</a> &lt;3 &#39;ok&#x27; <i>done</i>'
    expect(checkHtml(html, true)).toEqual({ ok: true, plain: "Hi Ah&Ming <3 'ok' done" })
  })

  it.each([
    ['a < b', 'Unsupported start tag "" at byte offset 2'],
    ['<br>line', 'Unsupported start tag "br" at byte offset 0'],
    ['<b>bold', 'Can\'t find end tag corresponding to start tag "b"'],
    ['<b>x</i>', 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'],
    ['x</b>', 'Unexpected end tag at byte offset 1'],
    ['工资 <b', 'Unclosed start tag at byte offset 7'],
    ['<span>x</span>', 'Tag "span" must have class "tg-spoiler"'],
    ['Tom & Jerry', 'Character "&" is not part of an entity at byte offset 4'],
  ])('refuses %j', (html, reason) => {
    expect(checkHtml(html, true)).toEqual({ ok: false, reason })
  })

  it('lets a bare & through when not strict, as Telegram does', () => {
    expect(checkHtml('Tom & Jerry &amp', false)).toEqual({ ok: true, plain: 'Tom & Jerry &amp' })
  })

  it('takes a bare > and a spoiler span', () => {
    const html = '3 > 2 <span class="tg-spoiler">secret</span>'
    expect(checkHtml(html, true)).toEqual({ ok: true, plain: '3 > 2 secret' })
  })
})
