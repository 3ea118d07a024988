import { resume } from '../../flows/engine.ts'
import type { Input } from '../../flows/types.ts'
import { soundsLikeCrisis } from '../cases/crisis.ts'
import { DEFAULT_CASEWORK } from '../cases/settings.ts'
import { LOCALES, type Locale } from '../i18n/translator.ts'
import { grantConsent, hasConsent } from '../privacy/consent.ts'
import { eraseWorker } from '../privacy/erase.ts'
import { features } from './features.ts'
import { loadFlow } from './flow-store.ts'
import { applyOutcome, continueFlow, flowHandler } from './flows.ts'
import { requestPerson } from './handoff.ts'
import { menuReply } from './menu.ts'
import { languageReply, noticeReply } from './notice.ts'
import { confirmDelete, deleteConfirmReply, privacyReply } from './privacy.ts'
import { catalogueReply, resultsReply } from './results.ts'
import { beginScreening, latestResult } from './screening.ts'
import type { Turn, WorkerEvent } from './turn.ts'
import { withdrawSensitiveConsent } from './withdraw-consent.ts'

/**
 * Handles one worker event: the single entry point every channel calls.
 * Replies and a toast are left on `turn`; all writes go through `turn.tx`,
 * so a failure leaves nothing half-done. Until the worker accepts the
 * privacy notice, only the notice, language, erasure and the crisis hotline respond.
 */
export async function handleEvent(turn: Turn, event: WorkerEvent): Promise<void> {
  const noticed = await hasConsent(turn.tx, turn.worker.id, 'notice', turn.cache?.consents)

  switch (event.type) {
    case 'command':
      return command(turn, event.name, noticed)
    case 'button':
      return button(turn, event.data, noticed)
    case 'edited':
      turn.replies.push({ lines: [{ key: 'edited-note' }] })
      return
    default: {
      if (!noticed) return beforeNotice(turn, event)
      for (const feature of features) if (await feature.intercept?.(turn, event)) return
      if (event.type !== 'file') return freeInput(turn, event)
      for (const feature of features) if (await feature.file?.(turn, event.file)) return
      return freeInput(turn, { type: 'unsupported', kind: event.file.kind })
    }
  }
}

/**
 * Nothing is kept before the notice is accepted, but words of crisis are
 * answered with the hotline at once: a first message is the likeliest moment.
 */
function beforeNotice(turn: Turn, event: WorkerEvent): void {
  if (event.type === 'text' && soundsLikeCrisis(event.text)) {
    const hotline = (turn.deps.casework ?? DEFAULT_CASEWORK).hotline
    turn.replies.push({ lines: [{ key: 'crisis-before-notice', args: { hotline } }] })
  }
  turn.replies.push(noticeReply())
}

async function freeInput(turn: Turn, input: Input): Promise<void> {
  const flow = await loadFlow(turn)
  if (flow) return continueFlow(turn, flow, input)

  if (input.type === 'text') {
    for (const feature of features) if (await feature.text?.(turn, input.text)) return
  }
  const lead = input.type === 'unsupported' ? 'unsupported-outside-flow' : 'not-understood'
  await showMenu(turn, lead)
}

async function command(turn: Turn, name: string, noticed: boolean): Promise<void> {
  if (name === 'help') return showMenu(turn, 'help')
  if (name === 'lang') return void turn.replies.push(languageReply())
  if (!noticed) return void turn.replies.push(noticeReply())

  switch (name) {
    case 'start':
      return (await loadFlow(turn)) ? resumeOrScreen(turn) : showMenu(turn)
    case 'menu':
      return showMenu(turn)
    case 'cancel': {
      const stopped = await turn.tx.conversation.deleteMany({ where: { workerId: turn.worker.id } })
      return showMenu(turn, stopped.count > 0 ? 'flow-cancelled' : 'flow-nothing-to-cancel')
    }
    case 'privacy':
      return void turn.replies.push(await privacyReply(turn))
    case 'delete':
      return void turn.replies.push(deleteConfirmReply(turn.deps.now()))
    case 'human':
      return requestPerson(turn, undefined, 'worker_asked')
  }
  const handler = features.map((feature) => feature.commands?.[name]).find(Boolean)
  return handler ? handler(turn) : showMenu(turn, 'not-understood')
}

async function button(turn: Turn, data: string, noticed: boolean): Promise<void> {
  const separator = data.indexOf(':')
  const prefix = separator < 0 ? data : data.slice(0, separator)
  const value = separator < 0 ? '' : data.slice(separator + 1)

  if (prefix === 'n') return notice(turn, value)
  if (prefix === 'l') return setLanguage(turn, value)
  if (prefix === 'd') {
    if (value === 'ask') return void turn.replies.push(deleteConfirmReply(turn.deps.now()))
    return confirmDelete(turn, value)
  }
  if (!noticed) return void turn.replies.push(noticeReply())

  switch (prefix) {
    case 'f': {
      const flow = await loadFlow(turn)
      return flow
        ? continueFlow(turn, flow, { type: 'button', data })
        : showMenu(turn, 'button-expired')
    }
    case 'm':
      return menuChoice(turn, value)
    case 'h': {
      const reason = value === 'flow' ? 'flow_struggle' : 'worker_asked'
      return requestPerson(turn, value && value !== 'flow' ? value : undefined, reason)
    }
    case 'w':
      return withdrawSensitiveConsent(turn)
  }
  const handler = features.map((feature) => feature.buttons?.[prefix]).find(Boolean)
  return handler ? handler(turn, value) : showMenu(turn, 'button-expired')
}

async function menuChoice(turn: Turn, value: string): Promise<void> {
  switch (value) {
    case 'screen':
      return beginScreening(turn)
    case 'results': {
      const result = await latestResult(turn)
      if (!result) return showMenu(turn, 'results-none-yet')
      return void turn.replies.push(resultsReply(result, turn.deps.policy, turn.locale))
    }
    case 'all':
      return void turn.replies.push(catalogueReply(turn.deps.policy, turn.locale))
    case 'privacy':
      return void turn.replies.push(await privacyReply(turn))
    case 'lang':
      return void turn.replies.push(languageReply())
    default:
      return showMenu(turn)
  }
}

/** /start inside a flow: screening resumes with its own welcome; other flows re-ask. */
async function resumeOrScreen(turn: Turn): Promise<void> {
  const flow = await loadFlow(turn)
  const handler = flow && flowHandler(flow.flowId, turn.deps)
  if (!flow || !handler || flow.flowId === 'screening') return beginScreening(turn)
  if (handler.resume) return handler.resume(turn, flow, [])
  return applyOutcome(turn, handler, resume(handler.flow, flow))
}

async function notice(turn: Turn, value: string): Promise<void> {
  if (value === 'more') return void turn.replies.push(noticeReply(true))
  if (value === 'yes') {
    await grantConsent(turn.tx, turn.worker.id, 'notice', turn.cache?.consents)
    const first = turn.replies.length
    await beginScreening(turn)
    // One message, not two: the thanks leads the first question.
    turn.replies[first]?.lines.unshift({ key: 'notice-thanks' })
    return
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
  // In the middle of questions, carry on with the same question in the new language.
  const flow = await loadFlow(turn)
  const handler = flow && flowHandler(flow.flowId, turn.deps)
  if (flow && handler?.resume) return handler.resume(turn, flow, [{ key: 'language-set' }])
  if (flow && handler)
    return applyOutcome(turn, handler, resume(handler.flow, flow, [{ key: 'language-set' }]))
  await showMenu(turn, 'language-set')
}

/** The main menu, led by one message; shows "last result" once there is one. */
export async function showMenu(turn: Turn, lead?: string): Promise<void> {
  const results = await turn.tx.screening.count({ where: { workerId: turn.worker.id } })
  turn.replies.push(menuReply(lead ? [{ key: lead }] : [], results > 0))
}
