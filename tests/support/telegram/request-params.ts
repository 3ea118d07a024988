import type { IncomingMessage } from 'node:http'
import type { Params } from './api-reply.ts'
import { parseMultipart } from './multipart.ts'

/** A file the bot uploaded with its call, in place of an `attach://` reference. */
export interface Upload {
  upload: true
  filename: string
  size: number
}

// Form fields that carry JSON; every other field stays a string.
const JSON_FIELDS = new Set([
  'reply_markup',
  'entities',
  'caption_entities',
  'media',
  'reply_parameters',
  'link_preview_options',
  'allowed_updates',
  'commands',
  'scope',
])

export function isUpload(value: unknown): value is Upload {
  return typeof value === 'object' && value !== null && 'upload' in value
}

/**
 * Reads a call's parameters from the query string and a JSON, urlencoded or multipart body,
 * as the Bot API accepts all four. Throws a SyntaxError on a malformed JSON body.
 */
export async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const body = await readBody(req)
  const type = req.headers['content-type'] ?? ''
  const params: Params = fromForm(url.searchParams)

  if (type.includes('application/json')) {
    return { ...params, ...(body.length ? JSON.parse(body.toString()) : {}) }
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    return { ...params, ...fromForm(new URLSearchParams(body.toString())) }
  }

  const boundary = /boundary=("?)([^";]+)\1/i.exec(type)?.[2]
  if (!boundary) return params
  return { ...params, ...fromMultipart(body, boundary) }
}

function fromMultipart(body: Buffer, boundary: string): Params {
  const fields = new URLSearchParams()
  const uploads = new Map<string, Upload>()

  for (const part of parseMultipart(body, boundary)) {
    if (part.filename === undefined) fields.append(part.name, part.data.toString())
    else uploads.set(part.name, { upload: true, filename: part.filename, size: part.data.length })
  }
  return attach(fromForm(fields), uploads) as Params
}

function fromForm(form: URLSearchParams): Params {
  const params: Params = {}
  for (const [key, value] of form) {
    params[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value
  }
  return params
}

// Swaps each `attach://<id>` string for the file uploaded under that id.
function attach(value: unknown, uploads: Map<string, Upload>): unknown {
  if (typeof value === 'string' && value.startsWith('attach://')) {
    return uploads.get(value.slice('attach://'.length)) ?? value
  }
  if (Array.isArray(value)) return value.map((item) => attach(item, uploads))
  if (typeof value !== 'object' || value === null) return value

  const entries = Object.entries(value).map(([key, item]) => [key, attach(item, uploads)])
  return Object.fromEntries(entries)
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
