import type { Reply } from '../../../flows/types.ts'
import { startApplication } from '../../applications/start.ts'
import { explainDecision } from '../../screening/explain.ts'
import { latestResult } from '../screening.ts'
import type { Turn } from '../turn.ts'
import { type Draft, readDraft, saveDraft } from './draft.ts'
import { programmeName } from './labels.ts'
import { continueApplication } from './next-step.ts'
import { profileFacts } from './profile-facts.ts'
import { statusWord } from './status-words.ts'

/**
 * The worker taps "apply" on a programme. Screening comes first; a
 * programme the result rules out is explained criterion by criterion with a
 * person offered instead. Otherwise a draft is opened (or the open one
 * resumed) with everything screening already knows, and the first thing
 * still missing is asked.
 */
export async function beginApplication(turn: Turn, programmeId: string): Promise<void> {
  const { policy, locale } = { policy: turn.deps.policy, locale: turn.locale }
  const result = await latestResult(turn)
  if (!result) return void turn.replies.push(screenFirst())
  const decision = result.decisions.find((candidate) => candidate.programmeId === programmeId)
  if (decision?.verdict === 'ineligible') {
    const name = programmeName(turn, programmeId)
    return void turn.replies.push({
      lines: [
        { key: 'apply-ineligible', args: { name } },
        ...explainDecision(decision, policy, locale),
        '',
        { key: 'apply-ineligible-next' },
      ],
      buttons: [[{ label: { key: 'menu-human' }, data: `h:${programmeId}` }]],
    })
  }

  const deps = { tx: turn.tx, ...turn.deps }
  const started = await startApplication(deps, turn.worker, programmeId)
  if (!started.ok) return refuse(turn, programmeId, started)
  const draft = readDraft(turn, started.application) as Draft
  if (!started.resumed) draft.data.facts = pick(await profileFacts(turn), draft.form.answers)
  await saveDraft(turn, draft)

  const name = programmeName(turn, programmeId)
  const ref = draft.application.reference
  const lead = started.resumed ? 'apply-resumed' : 'apply-started'
  await continueApplication(turn, draft, [{ key: lead, args: { name, ref } }, ''])
}

type Refusal = Exclude<Awaited<ReturnType<typeof startApplication>>, { ok: true }>

function refuse(turn: Turn, programmeId: string, refusal: Refusal): void {
  const name = programmeName(turn, programmeId)
  switch (refusal.code) {
    case 'already_open': {
      const { reference: ref, status } = refusal.application
      turn.replies.push({
        lines: [
          { key: 'apply-already-open', args: { name, ref, status: statusWord(turn, status) } },
        ],
        buttons: [[{ label: { key: 'apply-status-button' }, data: 'ap:status' }]],
      })
      return
    }
    case 'excluded': {
      const other = programmeName(turn, refusal.application.programmeId)
      const ref = refusal.application.reference
      turn.replies.push({
        lines: [{ key: 'apply-excluded', args: { name, other, ref } }],
        buttons: [[{ label: { key: 'menu-human' }, data: `h:${programmeId}` }]],
      })
      return
    }
    case 'via_events': {
      const programme = turn.deps.policy.programmes.find(
        (candidate) => candidate.id === programmeId,
      )
      turn.replies.push({
        lines: [
          { key: 'apply-via-events', args: { name } },
          programme?.nextStep[turn.locale] ?? '',
        ],
      })
      return
    }
    default:
      turn.replies.push({ lines: [{ key: 'apply-not-offered', args: { name } }] })
  }
}

function screenFirst(): Reply {
  return {
    lines: [{ key: 'apply-screen-first' }],
    buttons: [[{ label: { key: 'menu-screen' }, data: 'm:screen' }]],
  }
}

function pick(facts: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(facts).filter(([name]) => names.includes(name)))
}
