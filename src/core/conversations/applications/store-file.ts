import type { IncomingFile, Turn } from '../turn.ts'

export type Stored = { kind: 'stored'; firstOfUpload: boolean } | { kind: 'duplicate' }

/**
 * Keeps Telegram's handle to a file on an application, never its bytes.
 * The same file sent twice is kept once. `firstOfUpload` is false for the
 * second and later files of an album, which are acknowledged together.
 */
export async function storeFile(
  turn: Turn,
  applicationId: string,
  file: IncomingFile,
  mimeType: string,
  docType: string | null,
): Promise<Stored> {
  const where = { applicationId, fileUniqueId: file.fileUniqueId }
  if (await turn.tx.applicationDocument.findFirst({ where })) return { kind: 'duplicate' }
  const sibling = file.groupId
    ? await turn.tx.applicationDocument.findFirst({
        where: { applicationId, groupId: file.groupId },
      })
    : null

  await turn.tx.applicationDocument.create({
    data: {
      applicationId,
      docType: sibling ? sibling.docType : docType,
      fileId: file.fileId,
      fileUniqueId: file.fileUniqueId,
      mimeType,
      // A file name can carry a person's name ("张三身份证.jpg"): sealed like the answers.
      fileName: file.fileName ? turn.deps.cipher.seal(file.fileName) : null,
      sizeBytes: file.sizeBytes ?? null,
      groupId: file.groupId ?? null,
      createdAt: turn.deps.now(),
    },
  })
  return { kind: 'stored', firstOfUpload: !sibling }
}
