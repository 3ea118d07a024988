import type { Reply } from '../../flows/types.ts'

/** The main menu: every way forward for a worker who is not in a flow. */
export function menuReply(lead: Reply['lines'] = [], hasResults = false): Reply {
  return {
    lines: [...lead, { key: 'menu-title' }],
    buttons: [
      [
        { label: { key: 'menu-screen' }, data: 'm:screen' },
        { label: { key: 'results-all' }, data: 'm:all' },
      ],
      ...(hasResults ? [[{ label: { key: 'menu-results' }, data: 'm:results' }]] : []),
      [{ label: { key: 'menu-human' }, data: 'h:' }],
      [
        { label: { key: 'menu-privacy' }, data: 'm:privacy' },
        { label: { key: 'menu-language' }, data: 'm:lang' },
      ],
    ],
  }
}
