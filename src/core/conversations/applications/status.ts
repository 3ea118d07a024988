import type { Button, Reply } from '../../../flows/types.ts'
import { isOpen } from '../../applications/statuses.ts'
import { moveApplication } from '../../applications/transition.ts'
import type { Turn } from '../turn.ts'
import { programmeName } from './labels.ts'
import { dayOf, statusWord } from './status-words.ts'

/**
 * /status: every application with where it stands, since when, and what
 * happens next; drafts can be continued and undecided ones withdrawn.
 */
export async function statusReply(turn: Turn): Promise<Reply> {
  const applications = await turn.tx.application.findMany({
    where: { workerId: turn.worker.id },
    orderBy: { createdAt: 'desc' },
    take: 20,
  })
  if (applications.length === 0)
    return {
      lines: [{ key: 'app-status-none' }],
      buttons: [[{ label: { key: 'menu-results' }, data: 'm:results' }]],
    }

  const lines: Reply['lines'] = [{ key: 'app-status-title' }]
  const buttons: Button[][] = []
  for (const application of applications) {
    const { reference: ref, status } = application
    lines.push('', {
      key: 'app-status-line',
      args: {
        ref,
        name: programmeName(turn, application.programmeId),
        status: statusWord(turn, status),
        date: dayOf(turn, application.updatedAt),
      },
    })
    lines.push({ key: `app-next-${status}` })
    if (status === 'draft')
      buttons.push([{ label: { key: 'app-continue', args: { ref } }, data: `ap:go:${ref}` }])
    if (isOpen(status))
      buttons.push([{ label: { key: 'app-withdraw', args: { ref } }, data: `ap:wd:${ref}` }])
  }
  return { lines, buttons }
}

/** Asks once more before withdrawing: a withdrawn application cannot be reopened. */
export function withdrawConfirmReply(ref: string): Reply {
  return {
    lines: [{ key: 'app-withdraw-confirm', args: { ref } }],
    buttons: [
      [{ label: { key: 'app-withdraw-yes' }, data: `ap:wdy:${ref}` }],
      [{ label: { key: 'app-withdraw-no' }, data: 'ap:status' }],
    ],
  }
}

/** Withdraws one of the worker's applications; the domain refuses a decided one. */
export async function withdraw(turn: Turn, ref: string): Promise<void> {
  const application = await turn.tx.application.findFirst({
    where: { workerId: turn.worker.id, reference: ref },
  })
  if (!application)
    return void turn.replies.push({ lines: [{ key: 'app-unknown', args: { ref } }] })

  const moved = await moveApplication(
    { tx: turn.tx, ...turn.deps },
    { applicationId: application.id, to: 'withdrawn', actor: 'worker' },
  )
  if (!moved.ok) {
    const status = statusWord(turn, application.status)
    return void turn.replies.push({
      lines: [{ key: 'app-withdraw-refused', args: { ref, status } }],
      buttons: [[{ label: { key: 'menu-human' }, data: `h:${application.programmeId}` }]],
    })
  }
  turn.replies.push({ lines: [{ key: 'app-withdrawn', args: { ref } }] })
}
