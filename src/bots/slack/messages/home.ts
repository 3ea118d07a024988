import type { CaseQueues } from '../../../core/cases/queues.ts'
import type { Case } from '../../../generated/prisma/client.ts'
import { REASON } from './case-card.ts'
import { NOTE_HELP } from './note.ts'

function age(from: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - from.getTime()) / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} days`
}

function list(title: string, cases: Case[], now: Date, empty: string) {
  const lines = cases.map(
    (c) =>
      `${c.urgent ? '🚨 ' : ''}*${c.reference}* · ${REASON[c.reason] ?? c.reason} · waiting ${age(c.createdAt, now)}`,
  )
  return [
    { type: 'header', text: { type: 'plain_text', text: title } },
    { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') || empty } },
  ]
}

/** The App Home: the caseworker's cases, the unclaimed queue with ages, and how notes work. */
export function homeView(queues: CaseQueues, now: Date, isCaseworker: boolean) {
  if (!isCaseworker) {
    return {
      type: 'home' as const,
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'You are not in the caseworker group, so there are no cases here.',
          },
        },
      ],
    }
  }
  return {
    type: 'home' as const,
    blocks: [
      ...list(`My open cases (${queues.mine.length})`, queues.mine, now, '_None._'),
      ...list(
        `Unclaimed (${queues.unclaimed.length})`,
        queues.unclaimed,
        now,
        '_The queue is empty._',
      ),
      ...list(`Waiting on the worker (${queues.waiting.length})`, queues.waiting, now, '_None._'),
      { type: 'divider' },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*How it works*\nReply in a case's thread to write to the worker on Telegram: ✅ shows it reached them, ❌ that it did not. ${NOTE_HELP}\nPersonal numbers are masked; the case owner can *Reveal details* with a reason, which is logged. \`/case BF-C-000123\` (or an application reference) finds a case.`,
        },
      },
    ],
  }
}
