import type { MessageArgs } from '../core/i18n/translator.ts'

/** A message by catalogue key, translated by whoever renders it. */
export type Text = { key: string; args?: MessageArgs }

export type Answers = Record<string, unknown>

type StepBase = {
  id: string
  /** The fact this answer fills in. */
  fact: string
  prompt: Text
  /** Shown by the "why we ask" button. */
  why: Text
  /** Skip logic: the step is asked only when this holds. */
  when?: (answers: Answers) => boolean
}

export type Option = { value: string; label: Text; aliases?: string[] }

export type Step =
  | (StepBase & { kind: 'count'; min: number; max: number })
  /** `plausibleMin`: a smaller amount above zero is likely a slip ("3" for 3,000). */
  | (StepBase & { kind: 'money'; min: number; max: number; plausibleMin?: number })
  | (StepBase & { kind: 'choice'; options: Option[] })
  /** Several options; `none` clears the rest and answers at once. */
  | (StepBase & { kind: 'multi'; options: Option[]; none: Option })

/** A conversation as data. Bump `version` when steps change meaning. */
export type Flow = {
  id: string
  version: number
  steps: Step[]
}

/** Where a worker is in a flow; stored (encrypted) between messages. */
export type FlowState = {
  flowId: string
  version: number
  stepId: string | null
  answers: Answers
  /** Steps answered, newest last, for "back". */
  trail: string[]
  /** Options ticked so far on a multi step. */
  ticked: string[]
  /** Changes with every prompt, so buttons of older prompts are recognised. */
  prompt: number
  /** Wrong answers in a row on the current step. */
  misses: number
  /** Set while changing one earlier answer from the summary. */
  editing: boolean
}

/** What the worker did, already freed of Telegram's shapes. */
export type Input =
  | { type: 'text'; text: string }
  | { type: 'button'; data: string }
  | { type: 'unsupported'; kind: string }

/** `ticked` marks a chosen option of a multiple-choice question. */
export type Button = { label: Text | string; data: string; ticked?: boolean }

/** What to show. `replace` edits the message whose button was pressed. */
export type Reply = {
  lines: (Text | string)[]
  buttons?: Button[][]
  replace?: boolean
}
