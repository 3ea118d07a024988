import type { Button, Reply } from '../../../flows/types.ts'
import type { Application } from '../../../generated/prisma/client.ts'
import { isOpen } from '../../applications/statuses.ts'
import type { Turn } from '../turn.ts'
import { button } from './buttons.ts'
import { day, documentLabel, programmeName, reviewChain } from './words.ts'

/** /status: every application with its status, date and next step; withdraw for undecided ones. */
export async function showStatus(turn: Turn): Promise<void> {
  const applications = await turn.tx.application.findMany({
    where: { workerId: turn.worker.id },
    orderBy: { createdAt: 'desc' },
    include: { requests: { where: { fulfilledAt: null } } },
  })
  if (applications.length === 0) {
    return void turn.replies.push({
      lines: [{ key: 'app-status-none' }],
      buttons: [
        [{ label: { key: 'menu-results' }, data: 'm:results' }],
        [{ label: { key: 'menu-screen' }, data: 'm:screen' }],
      ],
    })
  }

  const lines: Reply['lines'] = [{ key: 'app-status-title' }]
  const buttons: Button[][] = []
  applications.forEach((application, index) => {
    const n = index + 1
    lines.push('', ...entry(turn, application, n, application.requests[0]?.docType))
    if (application.status === 'draft')
      buttons.push([
        button({ key: 'app-status-continue', args: { n } }, 'continue', application.id),
      ])
    if (isOpen(application.status))
      buttons.push([
        button({ key: 'app-status-withdraw', args: { n } }, 'withdraw', application.id),
      ])
  })
  turn.replies.push({ lines, buttons })
}

function entry(
  turn: Turn,
  application: Application,
  n: number,
  requested: string | undefined,
): Reply['lines'] {
  const { status, programmeId, reference } = application
  const when = application.decidedAt ?? application.submittedAt ?? application.createdAt
  const next = requested
    ? { key: 'app-next-needs-document', args: { document: documentLabel(turn, requested) } }
    : { key: `app-next-${status}`, args: { chain: reviewChain(turn, programmeId) } }
  return [
    { key: 'app-status-entry', args: { n, name: programmeName(turn, programmeId), reference } },
    { key: 'app-status-line', args: { status: turn.t(`app-status-${status}`), date: day(when) } },
    next,
  ]
}
