import type { Container } from '../../core/container.ts'
import type { Logger } from '../../core/logger.ts'
import type { Caseworkers } from './caseworkers.ts'

/** What every Slack listener gets: the container, who may act, and the clock. */
export type SlackDeps = {
  container: Container
  caseworkers: Caseworkers
  log: Logger
  now: () => Date
  /** The channel case cards go to. */
  channel: string
}
