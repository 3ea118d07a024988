import type { Button, Text } from '../../../flows/types.ts'

/** Button payloads of this feature: `a:<verb>:<argument>`, well under Telegram's 64 bytes. */
export const verbs = {
  apply: 'p',
  continue: 'd',
  next: 'n',
  skip: 'k',
  later: 'l',
  classify: 'c',
  edit: 'e',
  redo: 'r',
  submit: 's',
  status: 'st',
  withdraw: 'w',
  withdrawConfirmed: 'W',
  consent: 'y',
} as const

export type Verb = keyof typeof verbs

export function button(label: Text | string, verb: Verb, ...args: string[]): Button {
  return { label, data: ['a', verbs[verb], ...args].join(':') }
}

export const statusButton = (): Button => button({ key: 'app-status-button' }, 'status')
