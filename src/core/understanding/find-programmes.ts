import type { Policy } from '../programmes/policy-schema.ts'

/**
 * Programmes a message names, in the order they appear: by their catalogue names in
 * either language or by the words workers use for them (`data/intents/programmes.json`).
 * A longer name wins over a shorter one inside it ("技能提升补贴" over "技能").
 */
export function findProgrammes(
  text: string,
  policy: Policy,
  aliases: Record<string, string[]>,
): string[] {
  const lower = text.toLowerCase()
  const names = policy.programmes.flatMap((programme) =>
    [programme.name['zh-CN'], programme.name.en, ...(aliases[programme.id] ?? [])].map((name) => ({
      id: programme.id,
      name: name.toLowerCase(),
    })),
  )
  names.sort((a, b) => b.name.length - a.name.length)

  const taken: boolean[] = []
  const hits: { id: string; at: number }[] = []
  for (const { id, name } of names) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const span = Array.from({ length: name.length }, (_, i) => at + i)
      if (span.some((i) => taken[i]) || !isWordAt(lower, at, name.length)) continue
      for (const i of span) taken[i] = true
      hits.push({ id, at })
    }
  }
  hits.sort((a, b) => a.at - b.at)
  return [...new Set(hits.map((hit) => hit.id))]
}

/** English names must stand as words ("grant" is not in "immigrant"); Chinese has no spaces. */
function isWordAt(text: string, at: number, length: number): boolean {
  const isLatin = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch)
  if (!isLatin(text[at])) return true
  return !isLatin(text[at - 1]) && !isLatin(text[at + length])
}
