import type { App } from '@slack/bolt'
import type { SlackDeps } from './deps.ts'

/** One listener: registers itself on the app. One per file, collected per kind in index.ts. */
export type Listener = (app: App, deps: SlackDeps) => void
