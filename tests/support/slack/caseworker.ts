import { blockAction, messageEvent, viewSubmission } from './payloads.ts'
import type { SendOptions, SlackSender } from './signed-requests.ts'
import type { SlackApiServer } from './web-api-server.ts'

type Values = Record<
  string,
  Record<string, { value?: string; selected_option?: { value: string } }>
>

/** One person in Slack: presses buttons, writes in threads, submits modals, all as signed requests. */
export class SlackPerson {
  constructor(
    readonly userId: string,
    private readonly sender: SlackSender,
    private readonly api: SlackApiServer,
    private readonly channel: string,
  ) {}

  press(actionId: string, caseId: string, messageTs: string, options: SendOptions = {}) {
    const payload = blockAction({
      user: this.userId,
      actionId,
      value: caseId,
      channel: this.channel,
      messageTs,
    })
    return this.sender.interaction(payload, options)
  }

  /** Writes in a thread; returns the message's ts (the key of its delivery mark). */
  async reply(
    threadTs: string,
    text: string,
    extra: Pick<Parameters<typeof messageEvent>[0], 'files'> = {},
  ) {
    const ts = this.api.workspace.userMessageTs()
    const event = messageEvent({
      user: this.userId,
      channel: this.channel,
      text,
      ts,
      threadTs,
      ...extra,
    })
    const response = await this.sender.event(event)
    return { ts, response }
  }

  submit(callbackId: string, caseId: string, values: Values) {
    return this.sender.interaction(
      viewSubmission({ user: this.userId, callbackId, privateMetadata: caseId, values }),
    )
  }
}
