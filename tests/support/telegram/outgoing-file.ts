import { type ApiFailure, badRequest } from './api-reply.ts'
import type { StoredFile } from './file-store.ts'
import { isUpload } from './request-params.ts'
import type { ServerState } from './server-state.ts'

/**
 * The file a send refers to: an upload, a file_id Telegram knows, or an HTTP URL.
 * Caveat: a URL is taken on trust, as if Telegram had fetched it.
 */
export function resolveFile(
  state: ServerState,
  field: string,
  value: unknown,
  kind: { folder: string; ext: string },
): StoredFile | ApiFailure {
  if (isUpload(value)) return state.files.mint(value.size, kind)
  if (typeof value !== 'string' || value === '') {
    return badRequest(`there is no ${field} in the request`)
  }

  const known = state.files.get(value)
  if (known) return known
  if (/^https?:\/\//.test(value)) return state.files.mint(0, kind)
  return badRequest('wrong file identifier/HTTP URL specified')
}

export function uploadName(value: unknown, fallback: string): string {
  return isUpload(value) ? value.filename : fallback
}
