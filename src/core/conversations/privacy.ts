import { describeAnswer } from '../../flows/describe-answer.ts'
import { screeningFlow } from '../../flows/screening-flow.ts'
import type { Answers, Reply } from '../../flows/types.ts'
import { logAccess } from '../privacy/access-log.ts'
import { eraseWorker } from '../privacy/erase.ts'
import { loadFlow } from './flow-store.ts'
import type { Turn } from './turn.ts'

const CONFIRM_MINUTES = 10

/** Everything stored about the worker, in their words; the read is logged. */
export async function privacyReply(turn: Turn): Promise<Reply> {
  const { tx, worker, t, deps } = turn
  const [consents, profile, screenings, handoffs, typed] = await Promise.all([
    tx.consent.findMany({ where: { workerId: worker.id }, orderBy: { grantedAt: 'asc' } }),
    tx.profile.findUnique({ where: { workerId: worker.id } }),
    tx.screening.count({ where: { workerId: worker.id } }),
    tx.case.count({ where: { workerId: worker.id } }),
    tx.typedMessage.count({ where: { workerId: worker.id } }),
  ])
  await logAccess(tx, { actor: 'worker', workerId: worker.id, action: 'privacy.view' })

  const lines: Reply['lines'] = [
    { key: 'privacy-title' },
    { key: 'privacy-alias', args: { alias: worker.alias } },
    { key: 'privacy-language', args: { language: t(`language-${worker.locale}`) } },
    ...consents.map((consent) => ({
      key: 'privacy-consent',
      args: {
        purpose: t(`privacy-purpose-${consent.purpose}`),
        version: consent.noticeVersion,
        date: consent.grantedAt.toISOString().slice(0, 10),
        withdrawn: consent.withdrawnAt ? t('privacy-consent-withdrawn') : '',
      },
    })),
  ]

  const facts = profile ? deps.cipher.openJson<Answers>(profile.facts) : undefined
  const listAnswers = (answers: Answers) => {
    for (const step of screeningFlow.steps.filter((candidate) => candidate.fact in answers)) {
      lines.push(`   ${t(`label-${step.id}`)}: ${describeAnswer(step, answers[step.fact], t)}`)
    }
  }
  if (facts) {
    lines.push({ key: 'privacy-answers' })
    listAnswers(facts)
  } else {
    lines.push({ key: 'privacy-answers-none' })
  }
  const unfinished = await loadFlow(turn)
  if (unfinished?.flowId === screeningFlow.id && Object.keys(unfinished.answers).length > 0) {
    lines.push({ key: 'privacy-answers-unfinished' })
    listAnswers(unfinished.answers)
  }
  lines.push(
    { key: 'privacy-screenings', args: { count: screenings } },
    { key: 'privacy-handoffs', args: { count: handoffs } },
    { key: 'privacy-typed-messages', args: { count: typed } },
    '',
    { key: 'privacy-never' },
  )

  const buttons = [[{ label: { key: 'privacy-delete' }, data: 'd:ask' }]]
  if (consents.some((c) => c.purpose === 'sensitive' && !c.withdrawnAt)) {
    buttons.unshift([{ label: { key: 'privacy-withdraw' }, data: 'w:sensitive' }])
  }
  return { lines, buttons }
}

/** Asks before erasing; the confirm button carries the minute it was made, so an old one expires. */
export function deleteConfirmReply(now: Date): Reply {
  const minute = Math.floor(now.getTime() / 60_000)
  return {
    lines: [{ key: 'delete-confirm' }],
    buttons: [
      [{ label: { key: 'delete-yes' }, data: `d:${minute}` }],
      [{ label: { key: 'delete-no' }, data: 'd:no' }],
    ],
  }
}

/** Handles the confirm buttons of /delete. */
export async function confirmDelete(turn: Turn, value: string): Promise<void> {
  if (value === 'no') {
    turn.replies.push({ lines: [{ key: 'delete-kept' }] })
    return
  }
  const minute = Number(value)
  const age = Math.floor(turn.deps.now().getTime() / 60_000) - minute
  if (!Number.isInteger(minute) || age < 0 || age > CONFIRM_MINUTES) {
    turn.replies.push({ lines: [{ key: 'delete-expired' }] })
    return
  }
  await eraseWorker(turn.tx, turn.worker.id, turn.chatKey)
  turn.replies.push({ lines: [{ key: 'delete-done' }] })
}
