import type { Reply } from '../../../flows/types.ts'
import type { FileCheck } from './file-check.ts'

/** Why a file was not kept, naming the limit; nothing of it is stored. */
export function fileRefusal(check: Exclude<FileCheck, { ok: true }>): Reply {
  switch (check.code) {
    case 'too_large':
      return {
        lines: [{ key: 'app-file-too-large', args: { size: check.sizeMb, limit: check.limitMb } }],
      }
    case 'wrong_type':
      return { lines: [{ key: 'app-file-wrong-type', args: { name: check.name } }] }
    case 'sticker':
      return { lines: [{ key: 'app-file-sticker' }] }
  }
}
