import type { Text } from '../../../flows/types.ts'
import type { Forms } from '../../applications/form-schema.ts'
import type { IncomingFile } from '../turn.ts'

const EXTENSIONS: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  pdf: 'application/pdf',
}

/**
 * Why a file cannot be kept, or undefined when it can: too big for a bot to
 * fetch later, or not a photo, image or PDF (a program, a sticker file, a
 * voice note sent as a file). The name's ending counts as much as the type
 * the phone reported, so `bill.exe` labelled as a PDF is still refused.
 */
export function fileProblem(limits: Forms['limits'], file: IncomingFile): Text | undefined {
  const limitMb = Math.floor(limits.maxFileBytes / 1_048_576)
  if (file.sizeBytes !== undefined && file.sizeBytes > limits.maxFileBytes) {
    const sizeMb = (file.sizeBytes / 1_048_576).toFixed(1)
    return { key: 'apply-file-too-big', args: { size: sizeMb, limit: limitMb } }
  }
  if (file.kind === 'photo') return undefined

  const ending = file.fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  const byName = ending === undefined ? undefined : EXTENSIONS[ending]
  const allowed = (type: string | undefined) =>
    type !== undefined && limits.mimeTypes.includes(type)
  const nameOk = ending === undefined || allowed(byName)
  const typeOk = allowed(file.mimeType) || (file.mimeType === undefined && allowed(byName))
  if (nameOk && typeOk) return undefined
  return { key: 'apply-file-wrong-type', args: { name: file.fileName ?? '—' } }
}
