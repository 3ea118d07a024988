import type { Config } from '../../core/config/schema.ts'

/**
 * Downloads a worker's file from Telegram by its file_id (getFile, then the
 * file path), so the Slack side can upload it to the case thread. Undefined
 * when the slack role has no bot token or Telegram refuses.
 */
export function telegramFiles(config: Config) {
  const token = config.TELEGRAM_BOT_TOKEN
  const root = config.TELEGRAM_API_ROOT.replace(/\/$/, '')
  return async (fileId: string): Promise<Buffer | undefined> => {
    if (!token) return undefined
    const info = await fetch(`${root}/bot${token}/getFile?file_id=${encodeURIComponent(fileId)}`)
    const body = (await info.json()) as { ok: boolean; result?: { file_path?: string } }
    const path = body.result?.file_path
    if (!body.ok || !path) return undefined
    const file = await fetch(`${root}/file/bot${token}/${path}`)
    return file.ok ? Buffer.from(await file.arrayBuffer()) : undefined
  }
}

export type TelegramFiles = ReturnType<typeof telegramFiles>
