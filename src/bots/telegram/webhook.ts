import { timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { Update } from 'grammy/types'
import type { Logger } from '../../core/logger.ts'
import type { Inbox, PendingUpdate } from './inbox.ts'

const MAX_BODY = 1_000_000

/**
 * Receives Telegram's webhook posts. Answers 200 only after the update is
 * stored, so Telegram redelivers anything a crash interrupted; a request
 * without the secret token is refused before its body is read.
 */
export function createWebhookServer(options: {
  path: string
  secret: string
  inbox: Inbox
  log: Logger
  onStored: (updates: PendingUpdate[]) => void
}): Server {
  const expected = Buffer.from(options.secret)

  return createServer((req, res) => {
    const given = Buffer.from(String(req.headers['x-telegram-bot-api-secret-token'] ?? ''))
    if (req.method !== 'POST' || req.url !== options.path) return void res.writeHead(404).end()
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      options.log.warn('webhook request with a wrong secret token refused')
      return void res.writeHead(401).end()
    }

    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) req.destroy()
      else chunks.push(chunk)
    })
    req.on('end', async () => {
      let update: Update
      try {
        update = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update
      } catch {
        return void res.writeHead(400).end()
      }
      if (typeof update.update_id !== 'number') return void res.writeHead(400).end()
      try {
        const stored = await options.inbox.store([update])
        res.writeHead(200).end()
        options.onStored(stored)
      } catch (error) {
        options.log.error({ err: error }, 'webhook update not stored')
        res.writeHead(500).end()
      }
    })
  })
}
