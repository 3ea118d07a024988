import { z } from 'zod'
import type { I18n, Locale, Translate } from '../i18n/translator.ts'
import type { Logger } from '../logger.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import type { CaseBasis } from './case-basis.ts'
import { describeFacts } from './describe-facts.ts'
import type { Model } from './model.ts'
import { redact } from './redact.ts'

/** A summary for a case card; always shown under its machine-written mark. */
export type CaseSummary = { text: string; source: 'model' | 'template'; machineWritten: true }

export type SummaryDeps = { model?: Model | undefined; policy: Policy; i18n: I18n; log: Logger }

const QUOTES = 3
const QUOTE_LENGTH = 60
const summarySchema = z.strictObject({ summary: z.string().trim().min(1).max(400) })

/**
 * A short case summary for caseworkers: written by the model from the redacted
 * basis when one is configured, else (and on any model failure) a plain
 * template of the same facts. Meant for after Slack's acknowledgement, not
 * inside a worker's turn: the model may take a few retries.
 */
export async function summariseCase(
  basis: CaseBasis,
  deps: SummaryDeps,
  locale: Locale = 'zh-CN',
): Promise<CaseSummary> {
  const t = deps.i18n.translator(locale)
  const template = templateLines(basis, deps.policy, locale, t)
  const mark = t('summary-mark')

  if (deps.model) {
    const answer = await deps.model.ask({
      name: 'summarise',
      system: instructions(locale),
      user: template.join('\n'),
      schema: summarySchema,
      maxRetries: 2,
    })
    if (answer.ok) {
      const text = `${mark}\n${redact(answer.value.summary).text}`
      return { text, source: 'model', machineWritten: true }
    }
    deps.log.info({ failure: answer.failure }, 'case summary written from the template')
  }
  return { text: [mark, ...template].join('\n'), source: 'template', machineWritten: true }
}

function templateLines(basis: CaseBasis, policy: Policy, locale: Locale, t: Translate): string[] {
  const name = (id: string) =>
    policy.programmes.find((programme) => programme.id === id)?.name[locale] ?? id
  const reasonKey = `summary-reason-${basis.reason}`
  const reason = t(reasonKey, { reason: basis.reason })
  const lines = [t('summary-reason', { reason: reason === reasonKey ? basis.reason : reason })]
  if (basis.programmeId) lines.push(t('summary-programme', { name: name(basis.programmeId) }))

  const facts = describeFacts(basis.facts ?? {}, locale).map((line) =>
    typeof line === 'string' ? line : t(line.key, line.args).replace(/^· /, ''),
  )
  if (facts.length)
    lines.push(t('summary-facts', { facts: facts.join(locale === 'en' ? '; ' : '；') }))
  if (basis.likely.length) {
    lines.push(
      t('summary-eligible', { names: basis.likely.map(name).join(locale === 'en' ? ', ' : '、') }),
    )
  }
  const quotes = basis.messages
    .slice(-QUOTES)
    .map((text) => `「${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text}」`)
  if (quotes.length) lines.push(t('summary-said', { quotes: quotes.join(' ') }))
  if (!facts.length && !quotes.length) lines.push(t('summary-nothing'))
  return lines
}

function instructions(locale: Locale): string {
  const language = locale === 'en' ? 'English' : 'simplified Chinese'
  return `You write case summaries for caseworkers of a trade-union welfare service.
From the notes given, write two or three short sentences in ${language}: what the worker
needs and why, and what is already known. Use only what the notes say; invent nothing,
decide nothing about eligibility or money. Keep placeholders like 〔电话〕 as they are.
Answer only with JSON: {"summary": "..."}.`
}
