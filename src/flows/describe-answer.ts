import type { Translate } from '../core/i18n/translator.ts'
import type { Step } from './types.ts'

/** An answer as the worker would say it: "3", "租房", "都没有". */
export function describeAnswer(step: Step, value: unknown, t: Translate): string {
  switch (step.kind) {
    case 'count':
    case 'money':
      return typeof value === 'number' ? value.toLocaleString('en-US') : '—'
    case 'choice':
      return labelOf(step.options, value, t)
    case 'multi': {
      if (!Array.isArray(value) || value.length === 0) return t(step.none.label.key)
      return value.map((item) => labelOf(step.options, item, t)).join(t('list-separator'))
    }
  }
}

function labelOf(
  options: { value: string; label: { key: string } }[],
  value: unknown,
  t: Translate,
): string {
  const option = options.find((candidate) => candidate.value === value)
  return option ? t(option.label.key) : String(value)
}
