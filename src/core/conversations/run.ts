import { type Rendered, render, renderText } from '../../flows/render.ts'
import type { FlowState } from '../../flows/types.ts'
import type { Tx } from '../db/types.ts'
import { findOrCreateWorker, type WorkerRef } from '../workers/find-or-create.ts'
import { handleEvent } from './handle.ts'
import type { ConversationDeps, Turn, WorkerEvent } from './turn.ts'

export type TurnResult = { replies: Rendered[]; toast?: string; workerId: string }

/**
 * Runs one worker event to completion inside `tx` and returns what to show,
 * in the worker's language. Channels call this and only translate shapes.
 */
export async function runTurn(
  tx: Tx,
  deps: ConversationDeps,
  ref: WorkerRef,
  event: WorkerEvent,
  chatKey?: string,
): Promise<TurnResult> {
  const { consents, conversation, ...worker } = await findOrCreateWorker(tx, ref)
  const locale = worker.locale === 'en' ? 'en' : 'zh-CN'
  const cache = {
    consents: new Set(consents.map((consent) => consent.purpose)),
    flow: conversation ? deps.cipher.openJson<FlowState>(conversation.state) : null,
  }
  const turn: Turn = {
    tx,
    deps,
    worker,
    locale,
    t: deps.i18n.translator(locale),
    replies: [],
    cache,
  }
  if (chatKey) turn.chatKey = chatKey

  await handleEvent(turn, event)

  const result: TurnResult = {
    replies: turn.replies.map((reply) => render(reply, turn.t)),
    workerId: worker.id,
  }
  if (turn.toast) result.toast = renderText(turn.toast, turn.t)
  return result
}
