import { describe, expect, it } from 'vitest'
import { checkFile } from '../../../../src/core/conversations/applications/file-check.ts'
import { forms } from '../../applications/support.ts'

const { limits } = forms
const file = (extra: Record<string, unknown>) => ({
  kind: 'document' as const,
  fileId: 'f',
  fileUniqueId: 'u',
  ...extra,
})

describe('which files an application keeps', () => {
  it('keeps a phone photo and a PDF within 20 MB', () => {
    expect(
      checkFile({ ...file({}), kind: 'photo', mimeType: 'image/jpeg', sizeBytes: 900_000 }, limits),
    ).toEqual({ ok: true, mimeType: 'image/jpeg' })
    expect(
      checkFile(
        file({ mimeType: 'application/pdf', fileName: 'a.pdf', sizeBytes: 20 * 1024 * 1024 }),
        limits,
      ).ok,
    ).toBe(true)
  })

  it('reads the type from the name when the phone says only "octet-stream"', () => {
    expect(
      checkFile(file({ mimeType: 'application/octet-stream', fileName: 'scan.PDF' }), limits),
    ).toEqual({ ok: true, mimeType: 'application/pdf' })
  })

  it('refuses a file above the limit Telegram lets bots fetch, naming both sizes', () => {
    expect(
      checkFile(file({ mimeType: 'application/pdf', sizeBytes: 30 * 1024 * 1024 }), limits),
    ).toEqual({ ok: false, code: 'too_large', limitMb: 20, sizeMb: 30 })
  })

  it('refuses programs and unknown types by name', () => {
    expect(
      checkFile(file({ mimeType: 'application/x-msdownload', fileName: 'setup.exe' }), limits),
    ).toEqual({ ok: false, code: 'wrong_type', name: 'setup.exe' })
    expect(checkFile(file({ fileName: 'notes.docx' }), limits)).toMatchObject({
      ok: false,
      code: 'wrong_type',
    })
  })

  it('refuses a sticker saved and sent as a file, though WebP pictures are allowed', () => {
    expect(checkFile(file({ mimeType: 'image/webp', fileName: 'sticker.webp' }), limits)).toEqual({
      ok: false,
      code: 'sticker',
    })
    expect(
      checkFile(
        file({ mimeType: 'application/x-tgsticker', fileName: 'AnimatedSticker.tgs' }),
        limits,
      ),
    ).toEqual({ ok: false, code: 'sticker' })
    expect(checkFile(file({ mimeType: 'image/webp', fileName: 'receipt.webp' }), limits).ok).toBe(
      true,
    )
  })
})
