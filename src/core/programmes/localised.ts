import { z } from 'zod'

/** The languages the worker can choose; Chinese first. */
export const locales = ['zh-CN', 'en'] as const

export type Locale = (typeof locales)[number]

/** A text in every supported language, none left blank. */
export const localisedSchema = z.strictObject({
  'zh-CN': z.string().trim().min(1),
  en: z.string().trim().min(1),
})

export type Localised = z.infer<typeof localisedSchema>
