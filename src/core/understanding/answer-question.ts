import type { Button, Reply } from '../../flows/types.ts'
import type { Translate } from '../i18n/translator.ts'
import type { Locale } from '../programmes/localised.ts'
import type { Policy } from '../programmes/policy-schema.ts'
import type { ProgrammeWords } from './matcher-data.ts'
import { quoteProgramme } from './quote-programme.ts'

const MAX_PROGRAMMES = 3

/**
 * Answers a question about programmes from the catalogue alone: each programme the
 * question names is quoted (amount, conditions, next step) with a button to it. A
 * question about something the catalogue never states, or about no programme, gets
 * an honest "not sure" and a caseworker button; nothing is generated.
 */
export function answerQuestion(
  question: string,
  programmeIds: string[],
  policy: Policy,
  words: ProgrammeWords,
  locale: Locale,
  t: Translate,
): Reply {
  const programmes = programmeIds
    .map((id) => policy.programmes.find((programme) => programme.id === id))
    .filter((programme) => programme !== undefined)
    .slice(0, MAX_PROGRAMMES)
  if (programmes.length === 0) {
    return {
      lines: [{ key: 'answer-unknown' }],
      buttons: [
        [{ label: { key: 'menu-human' }, data: 'h:' }],
        [{ label: { key: 'results-all' }, data: 'm:all' }],
      ],
    }
  }

  const said = (programme: (typeof programmes)[number]) =>
    `${programme.summary['zh-CN']} ${programme.summary.en}`
  const asksFees = words.costWords.some((pattern) => pattern.test(question))
  const beyond =
    words.beyondCatalogue.some((pattern) => pattern.test(question)) ||
    (asksFees && !programmes.every((programme) => /免费|free/i.test(said(programme))))

  const lead = beyond
    ? { key: 'answer-beyond-catalogue' }
    : { key: 'answer-from-catalogue', args: { version: policy.version } }
  const lines: Reply['lines'] = [lead]
  for (const programme of programmes)
    lines.push('', ...quoteProgramme(programme, policy, locale, t))
  lines.push('', { key: 'answer-footer' })

  const learn: Button[][] = programmes.map((programme) => [
    {
      label: { key: 'answer-learn', args: { name: programme.name[locale] } },
      data: `p:${programme.id}`,
    },
  ])
  const first = programmes[0]?.id ?? ''
  return {
    lines,
    buttons: [
      ...learn,
      [{ label: { key: 'menu-screen' }, data: 'm:screen' }],
      [{ label: { key: 'menu-human' }, data: `h:${first}` }],
    ],
  }
}
