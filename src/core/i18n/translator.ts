import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export type MessageArgs = Record<string, FluentVariable>
export type Translate = (key: string, args?: MessageArgs) => string

const LOCALES_DIR = join(import.meta.dirname, '../../locales')

/** Loads `src/locales/<locale>/*.ftl` once; a key missing in English falls back to Chinese. */
export function createI18n(dir = LOCALES_DIR) {
  const bundles = new Map<Locale, FluentBundle>()
  for (const locale of LOCALES) {
    // Isolation marks would show as stray characters on many phones.
    const bundle = new FluentBundle(locale, { useIsolating: false })
    // One file per feature; a key defined twice is an error, not a silent override.
    for (const file of readdirSync(join(dir, locale))
      .filter((name) => name.endsWith('.ftl'))
      .sort()) {
      const source = readFileSync(join(dir, locale, file), 'utf8')
      const errors = bundle.addResource(new FluentResource(source), { allowOverrides: false })
      if (errors.length > 0) throw new Error(`${locale}/${file}: ${errors[0]?.message}`)
    }
    bundles.set(locale, bundle)
  }

  const format = (locale: Locale, key: string, args?: MessageArgs): string | undefined => {
    const bundle = bundles.get(locale)
    const message = bundle?.getMessage(key)
    if (!bundle || !message?.value) return undefined
    return bundle.formatPattern(message.value, args ?? null)
  }

  return {
    keys: (locale: Locale) => [...(bundles.get(locale)?._messages.keys() ?? [])],
    translator(locale: Locale): Translate {
      return (key, args) => format(locale, key, args) ?? format('zh-CN', key, args) ?? key
    },
  }
}

export type I18n = ReturnType<typeof createI18n>

export function toLocale(code: string | undefined, fallback: Locale): Locale {
  if (!code) return fallback
  if (code.startsWith('zh')) return 'zh-CN'
  if (code.startsWith('en')) return 'en'
  return fallback
}
