import type { Reply } from '../../../flows/types.ts'
import { startApplication } from '../../applications/start.ts'
import { explainDecision } from '../../screening/explain.ts'
import { wording } from '../../screening/wording.ts'
import { latestResult } from '../screening.ts'
import type { Turn } from '../turn.ts'
import { askAnswers } from './answers-stage.ts'
import { askedConsent } from './consent-first.ts'
import { applicationDeps, openAnswers } from './draft.ts'
import { startRefusal } from './start-refusal.ts'
import { programmeName } from './words.ts'

/**
 * The worker asks to apply for a programme. Screening that found them not
 * eligible is explained with the failed criteria and a person offered,
 * instead of a draft; "maybe" may apply. Otherwise a draft opens (or the
 * open one resumes) and its questions start, asking only what is missing.
 */
export async function applyFor(turn: Turn, programmeId: string): Promise<void> {
  const result = await latestResult(turn)
  const decision = result?.decisions.find((one) => one.programmeId === programmeId)
  // An event is signed up for whatever screening said: its refusal explains how.
  const event = turn.deps.forms.forms[programmeId]?.via === 'events'
  if (decision?.verdict === 'ineligible' && !event) {
    const fail = wording[turn.locale].marks.fail
    const failed = explainDecision(decision, turn.deps.policy, turn.locale).filter((line) =>
      line.startsWith(fail),
    )
    const name = programmeName(turn, programmeId)
    return void turn.replies.push(ineligibleReply(name, failed, programmeId))
  }

  if (await askedConsent(turn, programmeId)) return

  const started = await startApplication(applicationDeps(turn), turn.worker, programmeId)
  if (!started.ok) return void turn.replies.push(startRefusal(turn, programmeId, started))

  const { application, resumed } = started
  const profile = await turn.tx.profile.findUnique({ where: { workerId: turn.worker.id } })
  const facts = profile ? turn.deps.cipher.openJson<Record<string, unknown>>(profile.facts) : {}
  const args = { name: programmeName(turn, programmeId), reference: application.reference }
  await askAnswers(
    turn,
    {
      applicationId: application.id,
      programmeId,
      known: { ...facts, ...openAnswers(turn, application) },
    },
    [{ key: resumed ? 'app-resumed' : 'app-started', args }, ''],
  )
}

function ineligibleReply(name: string, failed: string[], programmeId: string): Reply {
  return {
    lines: [
      { key: 'app-ineligible', args: { name } },
      ...failed,
      '',
      { key: 'app-ineligible-next' },
    ],
    buttons: [
      [{ label: { key: 'results-human' }, data: `h:${programmeId}` }],
      [{ label: { key: 'results-edit' }, data: 'r:edit' }],
    ],
  }
}
