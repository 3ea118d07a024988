import type { App } from '@slack/bolt'
import { attendeesCommand } from '../broadcasts/attendees-command.ts'
import { broadcastCommand } from '../broadcasts/broadcast-command.ts'
import { eventCommand } from '../broadcasts/event-command.ts'
import type { SlackDeps } from '../deps.ts'
import type { Listener } from '../listener.ts'
import { caseCommand } from './case.ts'

const listeners: Listener[] = [caseCommand, broadcastCommand, attendeesCommand, eventCommand]

/** Registers every command listener on the app. */
export function register(app: App, deps: SlackDeps): void {
  for (const listen of listeners) listen(app, deps)
}
