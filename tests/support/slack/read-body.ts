import type { IncomingMessage } from 'node:http'
import { parse } from 'node:querystring'

export type Params = Record<string, unknown>

/** Reads the whole request body. */
export async function readRaw(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Web API arguments as the real client sends them: url-encoded with nested
 * values JSON-encoded, or JSON. Nested JSON strings (blocks, view) are parsed.
 */
export function readParams(request: IncomingMessage, raw: Buffer): Params {
  const type = request.headers['content-type'] ?? ''
  const flat: Params = type.includes('application/json')
    ? (JSON.parse(raw.toString() || '{}') as Params)
    : (parse(raw.toString()) as Params)
  for (const key of ['blocks', 'view', 'files', 'attachments']) {
    const value = flat[key]
    if (typeof value === 'string') flat[key] = JSON.parse(value)
  }
  return flat
}

/** The first file part of a multipart body (what files.uploadV2 posts to the upload URL). */
export function firstFilePart(request: IncomingMessage, raw: Buffer): Buffer {
  const boundary = /boundary=(.+)$/.exec(request.headers['content-type'] ?? '')?.[1]
  if (!boundary) return raw
  const start = raw.indexOf('\r\n\r\n') + 4
  const end = raw.indexOf(`\r\n--${boundary}`, start)
  return raw.subarray(start, end < 0 ? raw.length : end)
}
