const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** Formats a number with thousands separators, as both locales write yuan: 1,500. */
export function formatNumber(value: number): string {
  return numbers.format(value)
}

/** Replaces `{name}` placeholders; a placeholder without a parameter becomes empty. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '')
}
