/** Why a typed number was refused; each maps to a message the worker sees. */
export type NumberProblem = 'empty' | 'not_a_number' | 'negative' | 'not_whole'

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem }

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/**
 * Reads a number the way workers type it: full-width digits, spaces and
 * commas inside ("１２ ０００", "12,000"), a unit ("3千", "8k", "1.2万", "4千5"),
 * a currency word ("3000元", "¥3000"), Chinese numerals ("三千五"), and
 * hedges around it ("大概4500左右", "4500多").
 */
export function parseNumber(input: string): ParsedNumber {
  let text = toHalfWidth(input).toLowerCase().trim()
  if (text === '') return { ok: false, problem: 'empty' }

  text = text
    .replace(/^(大概|大约|约|差不多|估计|每个?月|一个月|月收入|收入|about|around|~)+/, '')
    .replace(/(\/月|每个?月|一个月|a month|per month|\/month)$/, '')
    .replace(
      /(元|块钱|块|人民币|rmb|yuan|cny|¥|￥|左右|多|上下|个人|口人|人|个|岁|个孩子|孩子)+$/g,
      '',
    )
    .replace(/^[¥￥]/, '')
    .trim()
  if (/^(没有|没|无|none|no)$/.test(text)) return { ok: true, value: 0 }
  if (/^[-−负]/.test(text)) return { ok: false, problem: 'negative' }

  // Separators only between groups of three digits: "12 000", "12,000"; "3 4" is unclear.
  const grouped = /^(\d{1,3})((?:[\s,，_']\d{3})+)(\.\d+)?(\D*)$/.exec(text)
  if (grouped)
    text = `${grouped[1]}${grouped[2]?.replace(/\D/g, '')}${grouped[3] ?? ''}${grouped[4] ?? ''}`
  if (text === '' || /\d[\s,，_']+\d/.test(text)) return { ok: false, problem: 'not_a_number' }
  text = text.replace(/\s+/g, '')

  const value = readNumeral(text)
  return value === undefined ? { ok: false, problem: 'not_a_number' } : { ok: true, value }
}

/** Like parseNumber, for counts: "3口人", "三个" but not "2.5". */
export function parseCount(input: string): ParsedNumber {
  const parsed = parseNumber(input)
  if (parsed.ok && !Number.isInteger(parsed.value)) return { ok: false, problem: 'not_whole' }
  return parsed
}

export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

const TOKEN = /\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万kw]/gy

/**
 * Reads numerals with units, in Chinese or Arabic digits or both: "三千五" → 3500,
 * "3千5百" → 3500, "4千5" → 4500, "1.2万" → 12000, "十五" → 15. Two digits in a row
 * ("三四", "一二三") are not a number: the worker meant something else.
 */
function readNumeral(text: string): number | undefined {
  const tokens = text.match(TOKEN)
  if (!tokens || tokens.join('') !== text) return undefined

  let total = 0
  let section = 0
  let digit: number | undefined
  let lastUnit = 1
  let afterZero = false

  for (const token of tokens) {
    const value = /\d/.test(token) ? Number(token) : DIGITS[token]
    if (value !== undefined) {
      if (digit !== undefined && !afterZero) return undefined
      afterZero = value === 0 && !/\d/.test(token)
      // After 零 a lone digit is ones: 一千零五 = 1005.
      if (afterZero) lastUnit = 10
      digit = value
      continue
    }
    afterZero = false
    if (token === '万' || token === 'w') {
      total += (section + (digit ?? 0)) * 10_000
      section = 0
      digit = undefined
      lastUnit = 10_000
      continue
    }
    const unit = token === 'k' ? 1000 : (SMALL_UNITS[token] ?? 1)
    section += (digit ?? 1) * unit
    digit = undefined
    lastUnit = unit
  }

  // A trailing digit after a unit is shorthand for the next unit down: 三千五 = 3500.
  if (digit !== undefined) section += lastUnit >= 10 ? digit * (lastUnit / 10) : digit
  return Math.round((total + section) * 100) / 100
}
