import type { App } from '@slack/bolt'
import type { SlackDeps } from '../deps.ts'
import type { Listener } from '../listener.ts'
import { decideView } from './decide.ts'
import { requestInfoView } from './request-info.ts'
import { revealView } from './reveal.ts'

const listeners: Listener[] = [decideView, requestInfoView, revealView]

/** Registers every view listener on the app. */
export function register(app: App, deps: SlackDeps): void {
  for (const listen of listeners) listen(app, deps)
}
