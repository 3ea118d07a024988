import type { SlackDeps } from '../deps.ts'

/** Fetches a file a caseworker uploaded (url_private needs the bot token). */
export async function downloadSlackFile(deps: SlackDeps, url: string): Promise<Buffer | undefined> {
  const token = deps.container.config.SLACK_BOT_TOKEN
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined
  } catch (error) {
    deps.log.warn({ err: error }, 'caseworker file could not be fetched')
    return undefined
  }
}
