import { moveApplication } from '../../applications/transition.ts'
import { clearFlow, loadFlow } from '../flow-store.ts'
import type { Turn } from '../turn.ts'
import { button, statusButton } from './buttons.ts'
import { applicationDeps, ownApplication } from './draft.ts'
import { progressOf } from './progress-store.ts'
import { programmeName } from './words.ts'

/** First tap on "withdraw": ask to confirm, naming the application. */
export async function askWithdraw(turn: Turn, applicationId: string): Promise<void> {
  const application = await ownApplication(turn, applicationId)
  if (!application) return void turn.replies.push({ lines: [{ key: 'app-not-yours' }] })
  const args = {
    name: programmeName(turn, application.programmeId),
    reference: application.reference,
  }
  turn.replies.push({
    lines: [{ key: 'app-withdraw-ask', args }],
    buttons: [
      [button({ key: 'app-withdraw-yes' }, 'withdrawConfirmed', application.id)],
      [button({ key: 'app-withdraw-no' }, 'status')],
    ],
  })
}

/** Confirmed: the domain withdraws an undecided application and refuses a decided one. */
export async function withdraw(turn: Turn, applicationId: string): Promise<void> {
  const application = await ownApplication(turn, applicationId)
  if (!application) return void turn.replies.push({ lines: [{ key: 'app-not-yours' }] })
  const args = {
    name: programmeName(turn, application.programmeId),
    reference: application.reference,
    status: turn.t(`app-status-${application.status}`),
  }

  const moved = await moveApplication(applicationDeps(turn), {
    applicationId,
    to: 'withdrawn',
    actor: 'worker',
  })
  if (!moved.ok) {
    return void turn.replies.push({
      lines: [{ key: 'app-withdraw-refused', args }],
      buttons: [
        [statusButton()],
        [{ label: { key: 'menu-human' }, data: `h:${application.programmeId}` }],
      ],
    })
  }
  // The worker may be filling in the draft just withdrawn: that stage ends too.
  const state = await loadFlow(turn)
  const filling = state && (progressOf(state)?.applicationId ?? state.answers._application)
  if (filling === applicationId) await clearFlow(turn)
  turn.replies.push({ lines: [{ key: 'app-withdrawn', args }], buttons: [[statusButton()]] })
}
