import { badRequest, ok } from './api-reply.ts'
import { DOWNLOAD_LIMIT } from './file-store.ts'
import { chatIdOf, type MethodHandler } from './server-state.ts'

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
])

export const otherMethods: Record<string, MethodHandler> = {
  getMe: (_params, state) => ok(state.bot),

  setWebhook(params, state) {
    if (typeof params.url !== 'string') return badRequest('bad webhook: URL must be provided')
    state.webhook.url = params.url === '' ? undefined : params.url
    state.webhook.secretToken =
      params.secret_token === undefined ? undefined : String(params.secret_token)
    if (isTrue(params.drop_pending_updates)) state.updates.drop()
    return ok(true)
  },

  deleteWebhook(params, state) {
    state.webhook.url = undefined
    state.webhook.secretToken = undefined
    if (isTrue(params.drop_pending_updates)) state.updates.drop()
    return ok(true)
  },

  getWebhookInfo: (_params, state) =>
    ok({
      url: state.webhook.url ?? '',
      has_custom_certificate: false,
      pending_update_count: state.updates.pending(),
    }),

  answerCallbackQuery(params, state) {
    if (state.queries.has(String(params.callback_query_id))) return ok(true)
    return badRequest('query is too old and response timeout expired or query ID is invalid')
  },

  getFile(params, state) {
    const file = state.files.get(String(params.file_id))
    if (!file) return badRequest('invalid file_id')
    if (file.size > DOWNLOAD_LIMIT) return badRequest('file is too big')
    return ok({
      file_id: file.fileId,
      file_unique_id: file.uniqueId,
      file_size: file.size,
      file_path: file.path,
    })
  },

  sendChatAction(params) {
    if (chatIdOf(params) === undefined) return badRequest('chat not found')
    if (!CHAT_ACTIONS.has(String(params.action))) {
      return badRequest('wrong parameter action in request')
    }
    return ok(true)
  },

  setMyCommands(params) {
    const commands = Array.isArray(params.commands) ? params.commands : []
    const valid = commands.every(
      (entry: { command?: unknown; description?: unknown }) =>
        /^[a-z0-9_]{1,32}$/.test(String(entry.command)) &&
        String(entry.description ?? '').length >= 1 &&
        String(entry.description).length <= 256,
    )
    return valid ? ok(true) : badRequest('BOT_COMMAND_INVALID')
  },
}

// Form-encoded calls carry booleans as strings.
function isTrue(value: unknown): boolean {
  return value === true || value === 'true'
}
