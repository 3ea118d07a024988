import type { App } from '@slack/bolt'
import { broadcastActions } from '../broadcasts/broadcast-actions.ts'
import type { SlackDeps } from '../deps.ts'
import type { Listener } from '../listener.ts'
import { claim } from './claim.ts'
import { close } from './close.ts'
import { openModals } from './open-modal.ts'

const listeners: Listener[] = [claim, close, openModals, broadcastActions]

/** Registers every action listener on the app. */
export function register(app: App, deps: SlackDeps): void {
  for (const listen of listeners) listen(app, deps)
}
