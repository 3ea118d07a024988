import { EventEmitter } from 'node:events'
import type { ApiReply, Params } from './api-reply.ts'
import { chatIdOf } from './server-state.ts'
import { describeCalls } from './traffic-report.ts'
import type { TrafficCounter } from './traffic-stats.ts'
import { CHANGED, waitFor } from './wait-for.ts'

/** One call the bot made, with what it was answered. */
export interface CallRecord {
  method: string
  params: Params
  chatId: number | undefined
  /** Milliseconds since the epoch when the call arrived. */
  time: number
  reply: ApiReply
}

/** Every call in order, and the event tests wait on. */
export class CallJournal {
  private readonly events = new EventEmitter().setMaxListeners(0)
  private readonly records: CallRecord[] = []
  private readonly listeners: ((call: CallRecord) => void)[] = []

  constructor(private readonly traffic: TrafficCounter) {}

  record(method: string, params: Params, time: number, reply: ApiReply): ApiReply {
    const call = { method, params, chatId: chatIdOf(params), time, reply }
    this.records.push(call)
    for (const listen of this.listeners) listen(call)
    if (!reply.ok) this.traffic.failed(reply.error_code)
    this.changed()
    return reply
  }

  calls(method?: string): CallRecord[] {
    return method ? this.records.filter((call) => call.method === method) : [...this.records]
  }

  /** Hears each call as it is recorded: cheaper than a probe per waiter when thousands wait. */
  onCall(listen: (call: CallRecord) => void): void {
    this.listeners.push(listen)
  }

  /** Wakes every waiter to check again. */
  changed(): void {
    this.events.emit(CHANGED)
  }

  /** Waits for `probe`; on timeout says `context` and lists the recent calls. */
  waitFor<T>(
    probe: () => T | undefined | null | false,
    timeoutMs: number,
    context: () => string = () => '',
  ): Promise<T> {
    const describe = () => [context(), describeCalls(this.records)].filter(Boolean).join('\n')
    return waitFor(this.events, probe, timeoutMs, describe)
  }
}
