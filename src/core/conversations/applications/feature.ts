import type { Feature } from '../feature.ts'
import type { Turn } from '../turn.ts'
import { beginApplication } from './begin.ts'
import { draftByReference } from './draft.ts'
import { draftActions } from './draft-buttons.ts'
import { receiveFile } from './files.ts'
import { applicationFacts } from './fill-facts.ts'
import { statusReply, withdraw, withdrawConfirmReply } from './status.ts'

/**
 * Applying in chat: from a programme's page to a submitted application with
 * its documents, and /status to follow it. Buttons are `ap:<action>:…`.
 */
export const applicationsFeature: Feature = {
  name: 'applications',
  flows: [applicationFacts],
  commands: { status: showStatus },
  buttons: { ap: button },
  file: receiveFile,
}

export async function showStatus(turn: Turn): Promise<void> {
  turn.replies.push(await statusReply(turn))
}

async function button(turn: Turn, value: string): Promise<void> {
  const [action = '', ref = '', ...args] = value.split(':')
  switch (action) {
    case 'start':
      return beginApplication(turn, ref)
    case 'status':
      return showStatus(turn)
    case 'wd':
      return void turn.replies.push(withdrawConfirmReply(ref))
    case 'wdy':
      return withdraw(turn, ref)
  }
  const act = draftActions[action]
  const draft = act && (await draftByReference(turn, ref))
  if (!act || !draft) {
    // An old button of an application that is submitted, withdrawn or not this worker's.
    return void turn.replies.push({
      lines: [{ key: 'apply-button-not-current', args: { ref } }],
      buttons: [[{ label: { key: 'apply-status-button' }, data: 'ap:status' }]],
    })
  }
  await act(turn, draft, args)
}
