import { describe, expect, it } from 'vitest'
import { parseCount, parseNumber } from '../../src/flows/parse-number.ts'

describe('numbers as workers type them', () => {
  it.each([
    ['１２ ０００', 12000],
    ['12,000', 12000],
    ['3千', 3000],
    ['8k', 8000],
    ['8K', 8000],
    ['3000元', 3000],
    ['¥4500', 4500],
    ['1.2万', 12000],
    ['4千5', 4500],
    ['1万2', 12000],
    ['三千五', 3500],
    ['一万二', 12000],
    ['两千', 2000],
    ['一千零五', 1005],
    ['十五', 15],
    ['大概4500左右', 4500],
    ['4500多', 4500],
    ['３口人', 3],
  ])('reads "%s" as %d', (typed, value) => {
    expect(parseNumber(typed)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-500', 'negative'],
    ['负三千', 'negative'],
    ['不知道', 'not_a_number'],
    ['<b>3&4</b>', 'not_a_number'],
    ['元', 'not_a_number'],
  ])('refuses "%s" as %s', (typed, problem) => {
    expect(parseNumber(typed)).toEqual({ ok: false, problem })
  })

  it('wants whole people, not 2.5 of them', () => {
    expect(parseCount('2.5')).toEqual({ ok: false, problem: 'not_whole' })
    expect(parseCount('三个')).toEqual({ ok: true, value: 3 })
  })
})

describe('numbers that only look like numbers', () => {
  it.each(['三四', '一二三', '3 4', '3,5', '八'.repeat(5000)])(
    'does not guess at "%s"',
    (typed) => {
      expect(parseNumber(typed).ok).toBe(false)
    },
  )

  it.each([
    ['3千5百', 3500],
    ['2百', 200],
    ['3000元/月', 3000],
    ['每月3000', 3000],
    ['3万5千', 35000],
    ['没有', 0],
    ['12 000', 12000],
    ['1,234,567', 1234567],
  ])('reads "%s" as %d', (typed, value) => {
    expect(parseNumber(typed)).toEqual({ ok: true, value })
  })
})
