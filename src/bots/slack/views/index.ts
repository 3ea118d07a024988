import type { App } from '@slack/bolt'
import { composeSubmitted } from '../broadcasts/compose-submitted.ts'
import { eventSubmitted } from '../broadcasts/event-submitted.ts'
import type { SlackDeps } from '../deps.ts'
import type { Listener } from '../listener.ts'
import { decideView } from './decide.ts'
import { requestInfoView } from './request-info.ts'
import { revealView } from './reveal.ts'

const listeners: Listener[] = [
  decideView,
  requestInfoView,
  revealView,
  composeSubmitted,
  eventSubmitted,
]

/** Registers every view listener on the app. */
export function register(app: App, deps: SlackDeps): void {
  for (const listen of listeners) listen(app, deps)
}
