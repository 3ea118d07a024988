import type { Facts } from '../screening/facts.ts'

/** What a worker may want when they type freely: a fixed list, shared by matcher and model. */
export const INTENTS = [
  'screening',
  'apply',
  'status',
  'human',
  'event_signup',
  'question',
  'unsubscribe',
  'other',
] as const

export type Intent = (typeof INTENTS)[number]

/**
 * What one message was read as: the intent, candidate facts for screening (to be
 * confirmed by the worker, never decided on), programmes it names, and who read it.
 * `guarded` marks text that tried to instruct the system; it is answered as `other`.
 */
export type Understanding = {
  intent: Intent
  facts: Facts
  programmes: string[]
  source: 'model' | 'matcher'
  guarded?: true
}
