import type { App } from '@slack/bolt'
import type { SlackDeps } from '../deps.ts'
import type { Listener } from '../listener.ts'

const listeners: Listener[] = []

/** Registers every event listener on the app. */
export function register(app: App, deps: SlackDeps): void {
  for (const listen of listeners) listen(app, deps)
}
