/** One field or file of a multipart/form-data body. */
export interface FormPart {
  name: string
  filename: string | undefined
  data: Buffer
}

/**
 * Splits a multipart/form-data body into its parts. grammY writes its part headers without
 * spaces (`content-disposition:form-data;name="x"`) and file names unquoted, so both forms parse.
 */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const opening = Buffer.from(`--${boundary}`)
  const separator = Buffer.from(`\r\n--${boundary}`)
  const parts: FormPart[] = []

  let cursor = body.indexOf(opening)
  if (cursor < 0) return parts
  cursor += opening.length

  while (body.subarray(cursor, cursor + 2).toString() !== '--') {
    const start = cursor + 2
    const end = body.indexOf(separator, start)
    if (end < 0) break

    const part = parsePart(body.subarray(start, end))
    if (part) parts.push(part)
    cursor = end + separator.length
  }
  return parts
}

function parsePart(chunk: Buffer): FormPart | undefined {
  const split = chunk.indexOf('\r\n\r\n')
  if (split < 0) return undefined

  const head = chunk.subarray(0, split).toString()
  const disposition = head.split('\r\n').find((line) => /^content-disposition\s*:/i.test(line))
  const name = disposition && /;\s*name="([^"]*)"/i.exec(disposition)?.[1]
  if (!name) return undefined

  const filename = disposition && /;\s*filename="?([^";]*)"?/i.exec(disposition)?.[1]
  return { name, filename: filename || undefined, data: chunk.subarray(split + 4) }
}
