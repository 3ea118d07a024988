import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../src/core/i18n/translator.ts'

describe('message catalogues', () => {
  const i18n = createI18n()

  it('has every Chinese message in English too, and nothing English-only', () => {
    const chinese = new Set(i18n.keys('zh-CN'))
    const english = new Set(i18n.keys('en'))
    expect([...chinese].filter((key) => !english.has(key))).toEqual([])
    expect([...english].filter((key) => !chinese.has(key))).toEqual([])
  })

  it('falls back to Chinese, then to the key, rather than showing nothing', () => {
    const t = i18n.translator('en')
    expect(t('no-such-message')).toBe('no-such-message')
  })
})
