import { parseCount, parseNumber, toHalfWidth } from './parse-number.ts'
import type { Option, Step, Text } from './types.ts'

export type Checked = { ok: true; value: unknown } | { ok: false; problem: Text }

/** Every label an option may be typed as, in any language. */
export type LabelsOf = (text: Text) => string[]

/** Turns what a worker typed into the step's typed answer, or says what is wrong. */
export function checkTyped(step: Step, typed: string, labelsOf: LabelsOf): Checked {
  switch (step.kind) {
    case 'count':
    case 'money': {
      const parsed = step.kind === 'count' ? parseCount(typed) : parseNumber(typed)
      if (!parsed.ok) {
        // A count question should not suggest an amount of money as its example.
        const problem =
          parsed.problem === 'not_a_number' && step.kind === 'count'
            ? 'not_a_count'
            : parsed.problem
        return { ok: false, problem: { key: `problem-${problem}`, args: { typed: quote(typed) } } }
      }
      if (parsed.value < step.min)
        return { ok: false, problem: { key: 'problem-too-small', args: { min: step.min } } }
      if (parsed.value > step.max)
        return { ok: false, problem: { key: 'problem-too-large', args: { max: step.max } } }
      if (step.kind === 'money' && parsed.value > 0 && parsed.value < (step.plausibleMin ?? 0)) {
        const args = { typed: quote(typed), thousands: parsed.value * 1000 }
        return { ok: false, problem: { key: 'problem-implausible', args } }
      }
      return { ok: true, value: parsed.value }
    }
    case 'choice': {
      const option = matchOption(step.options, typed, labelsOf)
      return option
        ? { ok: true, value: option.value }
        : { ok: false, problem: { key: 'problem-pick-one', args: { typed: quote(typed) } } }
    }
    case 'multi': {
      const all = [...step.options, step.none]
      if (matchOption([step.none], typed, labelsOf, all.length)) return { ok: true, value: [] }
      const whole = matchOption(step.options, typed, labelsOf)
      if (whole) return { ok: true, value: [whole.value] }
      const parts = toHalfWidth(typed)
        .split(/[\s,，、;；和及]+/)
        .filter(Boolean)
      const picked = parts.map((part) => matchOption(step.options, part, labelsOf))
      if (picked.length === 0 || picked.some((option) => !option)) {
        return { ok: false, problem: { key: 'problem-pick-some', args: { typed: quote(typed) } } }
      }
      return { ok: true, value: [...new Set(picked.map((option) => option?.value))] }
    }
  }
}

/** Matches "2", an option's label in any language, or one of its aliases. */
function matchOption(
  options: Option[],
  typed: string,
  labelsOf: LabelsOf,
  numberOffset = 0,
): Option | undefined {
  const text = normalise(typed)
  if (text === '') return undefined
  const index = Number(text)
  if (Number.isInteger(index) && index >= 1) {
    return numberOffset ? (index === numberOffset ? options[0] : undefined) : options[index - 1]
  }
  return options.find((option) =>
    [...labelsOf(option.label), ...(option.aliases ?? []), option.value].some(
      (candidate) => normalise(candidate) === text,
    ),
  )
}

function normalise(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s。.!！?？~]/g, '')
}

/** What the worker typed, shortened, to show back so they see what was read. */
function quote(typed: string): string {
  const chars = Array.from(typed.trim().replace(/\s+/g, ' '))
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : chars.join('')
}
