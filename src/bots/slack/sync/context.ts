import type { WebClient } from '@slack/web-api'
import type { SlackDeps } from '../deps.ts'
import type { TelegramFiles } from '../telegram-files.ts'

/** What each step of the case sync needs. */
export type SyncContext = { deps: SlackDeps; client: WebClient; files: TelegramFiles }
