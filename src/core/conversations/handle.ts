import { LOCALES, type Locale } from '../i18n/translator.ts'
import { grantConsent, hasConsent, withdrawSensitive } from '../privacy/consent.ts'
import { eraseWorker } from '../privacy/erase.ts'
import { loadFlow } from './flow-store.ts'
import { requestPerson } from './handoff.ts'
import { menuReply } from './menu.ts'
import { languageReply, noticeReply } from './notice.ts'
import { confirmDelete, deleteConfirmReply, privacyReply } from './privacy.ts'
import { catalogueReply, programmeReply, resultsReply } from './results.ts'
import {
  answersReply,
  beginScreening,
  continueScreening,
  editAnswer,
  latestResult,
} from './screening.ts'
import type { Turn, WorkerEvent } from './turn.ts'

/**
 * Handles one worker event: the single entry point every channel calls.
 * Replies and a toast are left on `turn`; all writes go through `turn.tx`,
 * so a failure leaves nothing half-done.
 */
export async function handleEvent(turn: Turn, event: WorkerEvent): Promise<void> {
  const noticed = await hasConsent(turn.tx, turn.worker.id, 'notice')

  switch (event.type) {
    case 'command':
      return command(turn, event.name, noticed)
    case 'button':
      return button(turn, event.data, noticed)
    case 'edited':
      turn.replies.push({ lines: [{ key: 'edited-note' }] })
      return
    default: {
      if (!noticed) return void turn.replies.push(noticeReply())
      const flow = await loadFlow(turn)
      if (flow) return continueScreening(turn, flow, event)
      const lead = event.type === 'unsupported' ? 'unsupported-outside-flow' : 'not-understood'
      turn.replies.push(await menu(turn, [{ key: lead }]))
    }
  }
}

async function command(turn: Turn, name: string, noticed: boolean): Promise<void> {
  if (name === 'help') return void turn.replies.push(await menu(turn, [{ key: 'help' }]))
  if (name === 'lang') return void turn.replies.push(languageReply())
  if (!noticed) return void turn.replies.push(noticeReply())

  switch (name) {
    case 'start':
    case 'screen':
      return (await loadFlow(turn)) || name === 'screen'
        ? beginScreening(turn)
        : void turn.replies.push(await menu(turn))
    case 'cancel': {
      const stopped = await turn.tx.conversation.deleteMany({ where: { workerId: turn.worker.id } })
      const key = stopped.count > 0 ? 'flow-cancelled' : 'flow-nothing-to-cancel'
      return void turn.replies.push(await menu(turn, [{ key }]))
    }
    case 'privacy':
      return void turn.replies.push(await privacyReply(turn))
    case 'delete':
      return void turn.replies.push(deleteConfirmReply(turn.deps.now()))
    case 'human':
      return requestPerson(turn, undefined, 'worker_asked')
    default:
      return void turn.replies.push(await menu(turn, [{ key: 'not-understood' }]))
  }
}

async function button(turn: Turn, data: string, noticed: boolean): Promise<void> {
  const [prefix = '', ...rest] = data.split(':')
  const value = rest.join(':')

  if (prefix === 'n') return notice(turn, value)
  if (prefix === 'l') return setLanguage(turn, value)
  if (prefix === 'd')
    return value === 'ask'
      ? void turn.replies.push(deleteConfirmReply(turn.deps.now()))
      : confirmDelete(turn, value)
  if (!noticed) return void turn.replies.push(noticeReply())

  switch (prefix) {
    case 'f': {
      const flow = await loadFlow(turn)
      if (flow) return continueScreening(turn, flow, { type: 'button', data })
      return void turn.replies.push(await menu(turn, [{ key: 'button-expired' }]))
    }
    case 's':
      if (value === 'yes') {
        await grantConsent(turn.tx, turn.worker.id, 'sensitive')
        return beginScreening(turn)
      }
      return void turn.replies.push(await menu(turn, [{ key: 'sensitive-declined' }]))
    case 'm':
      return menuChoice(turn, value)
    case 'p':
      return void turn.replies.push(
        programmeReply(value, await latestResult(turn), turn.deps.policy, turn.locale),
      )
    case 'h':
      return requestPerson(
        turn,
        value && value !== 'flow' ? value : undefined,
        value === 'flow' ? 'flow_struggle' : 'worker_asked',
      )
    case 'r':
      return void turn.replies.push(await answersReply(turn))
    case 'e':
      return (await latestResult(turn))
        ? editAnswer(turn, value)
        : void turn.replies.push(await menu(turn, [{ key: 'results-none-yet' }]))
    case 'w':
      await withdrawSensitive(turn.tx, turn.worker.id, turn.deps.now())
      return void turn.replies.push(await menu(turn, [{ key: 'sensitive-withdrawn' }]))
    default:
      return void turn.replies.push(await menu(turn, [{ key: 'button-expired' }]))
  }
}

async function menuChoice(turn: Turn, value: string): Promise<void> {
  switch (value) {
    case 'screen':
      return beginScreening(turn)
    case 'results': {
      const result = await latestResult(turn)
      const reply = result
        ? resultsReply(result, turn.deps.policy, turn.locale)
        : await menu(turn, [{ key: 'results-none-yet' }])
      return void turn.replies.push(reply)
    }
    case 'all':
      return void turn.replies.push(catalogueReply(turn.deps.policy, turn.locale))
    case 'privacy':
      return void turn.replies.push(await privacyReply(turn))
    case 'lang':
      return void turn.replies.push(languageReply())
    default:
      return void turn.replies.push(await menu(turn))
  }
}

async function notice(turn: Turn, value: string): Promise<void> {
  if (value === 'more') return void turn.replies.push(noticeReply(true))
  if (value === 'yes') {
    await grantConsent(turn.tx, turn.worker.id, 'notice')
    turn.replies.push({ lines: [{ key: 'notice-thanks' }] })
    return beginScreening(turn)
  }
  // Declining the notice means keeping nothing, not even the worker row.
  await eraseWorker(turn.tx, turn.worker.id, turn.chatKey)
  turn.replies.push({ lines: [{ key: 'notice-declined' }] })
}

async function setLanguage(turn: Turn, value: string): Promise<void> {
  const locale = LOCALES.find((candidate) => candidate === value) as Locale | undefined
  if (!locale) return void turn.replies.push(languageReply())
  await turn.tx.worker.update({ where: { id: turn.worker.id }, data: { locale } })
  turn.locale = locale
  turn.t = turn.deps.i18n.translator(locale)
  turn.replies.push(await menu(turn, [{ key: 'language-set' }]))
}

async function menu(turn: Turn, lead: Parameters<typeof menuReply>[0] = []) {
  const results = await turn.tx.screening.count({ where: { workerId: turn.worker.id } })
  return menuReply(lead, results > 0)
}
