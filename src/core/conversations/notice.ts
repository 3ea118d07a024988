import type { Reply } from '../../flows/types.ts'
import { NOTICE_VERSION } from '../privacy/consent.ts'

/** The short privacy notice shown before anything is stored beyond the chat id. */
export function noticeReply(full = false): Reply {
  return {
    lines: [{ key: full ? 'notice-more' : 'notice', args: { version: NOTICE_VERSION } }],
    buttons: [
      [{ label: { key: 'notice-agree' }, data: 'n:yes' }],
      ...(full ? [] : [[{ label: { key: 'notice-read-more' }, data: 'n:more' }]]),
      [{ label: { key: 'notice-decline' }, data: 'n:no' }],
    ],
  }
}

export function languageReply(): Reply {
  return {
    lines: [{ key: 'language-choose' }],
    buttons: [
      [
        { label: '中文', data: 'l:zh-CN' },
        { label: 'English', data: 'l:en' },
      ],
    ],
  }
}
