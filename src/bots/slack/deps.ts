import type { Container } from '../../core/container.ts'
import type { Logger } from '../../core/logger.ts'
import type { Caseworkers } from './caseworkers.ts'
import type { Names } from './names.ts'

/** What every Slack listener gets: the container, who may act, and the clock. */
export type SlackDeps = {
  container: Container
  caseworkers: Caseworkers
  names: Names
  log: Logger
  now: () => Date
  /** The channel case cards go to. */
  channel: string
  /** Brings Slack up to date after a change (card redraws, thread posts). */
  wake: () => void
}
