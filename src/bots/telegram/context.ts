import type { Context } from 'grammy'
import type { Tx } from '../../core/db/types.ts'
import type { Outgoing } from './outgoing.ts'

/**
 * Set by the transaction middleware for the rest of the chain: the open
 * transaction, the chat's pseudonym, and the replies to queue with it.
 */
export type TurnFlavor = {
  turn: { tx: Tx; chatKey: string; outbox: Outgoing[]; toast?: string }
}

export type BotContext = Context & TurnFlavor
