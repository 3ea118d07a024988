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
const BIG_UNITS: Record<string, number> = { 万: 10_000, w: 10_000, 千: 1000, k: 1000 }

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
    .replace(/[\s,，_']/g, '')
    .replace(/^(大概|大约|约|差不多|估计|about|around|~)+/, '')
    .replace(/(元|块钱|块|人民币|rmb|yuan|cny|¥|￥|左右|多|上下|个人|口人|人|个|岁)+$/g, '')
    .replace(/^[¥￥]/, '')
  if (text === '') return { ok: false, problem: 'not_a_number' }
  if (/^[-−负]/.test(text)) return { ok: false, problem: 'negative' }

  const arabic = /^(\d+(?:\.\d+)?)(?:(万|w|千|k)(\d)?)?$/.exec(text)
  if (arabic) {
    const unit = arabic[2] ? (BIG_UNITS[arabic[2]] ?? 1) : 1
    // "4千5" is 4,500: a digit after the unit counts in the next unit down.
    const tail = arabic[3] ? (Number(arabic[3]) * unit) / 10 : 0
    return { ok: true, value: Math.round((Number(arabic[1]) * unit + tail) * 100) / 100 }
  }
  // "4千5" = 4500, "1万2" = 12000: a lone digit after the unit is the next unit down.
  const spoken = /^(\d+)(万|千)(\d)$/.exec(text)
  if (spoken) {
    const unit = spoken[2] === '万' ? 10_000 : 1000
    return { ok: true, value: Number(spoken[1]) * unit + Number(spoken[3]) * (unit / 10) }
  }

  const chinese = parseChineseNumeral(text)
  if (chinese !== undefined) return { ok: true, value: chinese }
  return { ok: false, problem: 'not_a_number' }
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

/** "三千五" → 3500, "一万二" → 12000, "十五" → 15; undefined when not a numeral. */
function parseChineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return undefined
  let total = 0
  let section = 0
  let digit: number | undefined
  let lastUnit = 1

  for (const ch of text) {
    const value = DIGITS[ch]
    if (value !== undefined) {
      digit = value
      // After 零 a lone digit is ones: 一千零五 = 1005.
      if (value === 0) lastUnit = 10
      continue
    }
    if (ch === '万') {
      total += (section + (digit ?? 0)) * 10_000
      section = 0
      digit = undefined
      lastUnit = 10_000
      continue
    }
    const unit = SMALL_UNITS[ch] ?? 1
    section += (digit ?? 1) * unit
    digit = undefined
    lastUnit = unit
  }

  // A trailing digit after a unit is shorthand for the next unit down: 三千五 = 3500.
  if (digit !== undefined) section += lastUnit >= 10 ? digit * (lastUnit / 10) : digit
  return total + section
}
