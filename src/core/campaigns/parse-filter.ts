import { NOTICE_KINDS, type NoticeKind, type Segment, segmentSchema } from './segment.ts'

export type Parsed =
  | { ok: true; kind: NoticeKind; segment: Segment; body: string }
  | { ok: false; part: string }

const LISTS: Record<string, keyof Segment> = {
  illness: 'illness',
  stages: 'schoolStages',
  programmes: 'programmes',
  status: 'applicationStatuses',
  lang: 'locales',
}

/**
 * Reads an admin's message: an optional first line of `name=value` filters
 * (`kind=campaign illness=self_chronic children=yes stages=compulsory
 * programmes=a,b status=approved lang=zh-CN`), then the text to send.
 */
export function parseBroadcastText(text: string): Parsed {
  const [first = '', ...rest] = text.trim().split('\n')
  const parts = first.trim().split(/\s+/)
  if (!parts.every((part) => /^\w+=\S+$/.test(part)))
    return { ok: true, kind: 'campaign', segment: {}, body: text.trim() }

  let kind: NoticeKind = 'campaign'
  const raw: Record<string, unknown> = {}
  for (const part of parts) {
    const [name = '', value = ''] = part.split('=')
    const list = LISTS[name]
    if (name === 'kind' && (NOTICE_KINDS as readonly string[]).includes(value))
      kind = value as NoticeKind
    else if (name === 'children' && ['yes', 'no'].includes(value))
      raw.withChildren = value === 'yes'
    else if (list) raw[list] = value.split(',')
    else return { ok: false, part }
  }
  const segment = segmentSchema.safeParse(raw)
  if (!segment.success) return { ok: false, part: first }
  const body = rest.join('\n').trim()
  if (!body) return { ok: false, part: first }
  return { ok: true, kind, segment: segment.data, body }
}
