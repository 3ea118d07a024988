import { type SlackSide, startSlack } from '../../src/bots/slack/start.ts'
import { SlackSender } from './slack/signed-requests.ts'
import { SLACK_TEST_TOKEN, SlackApiServer } from './slack/web-api-server.ts'
import { Harness, type HarnessOptions } from './telegram-harness.ts'

export const SIGNING_SECRET = 'test-signing-secret-8f3a'
export const CASE_CHANNEL = 'C0CASES'
export const CASEWORKER_GROUP = 'S0CASEWORK'
/** 王芳 and 李明 are caseworkers (by group); 张三 is in the workspace but not a caseworker. */
export const WANG = 'U0WANGFANG'
export const LI = 'U0LIMING'
export const ZHANG = 'U0ZHANGSAN'

/**
 * The Telegram bot and the Slack app of one deployment, on one database:
 * the Bot API stand-in on one side, the Slack Web API stand-in on the other,
 * and signed requests into the real Bolt HTTP receiver.
 */
export class CaseworkHarness {
  private constructor(
    readonly telegram: Harness,
    readonly slackApi: SlackApiServer,
    readonly slack: SlackSide,
    readonly sender: SlackSender,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<CaseworkHarness> {
    const slackApi = await SlackApiServer.start()
    slackApi.addGroup(CASEWORKER_GROUP, [WANG, LI])
    slackApi.workspace.users.set(WANG, {
      id: WANG,
      profile: { first_name: '王芳', real_name: '王芳' },
    })
    slackApi.workspace.users.set(LI, { id: LI, profile: { first_name: '李明', real_name: '李明' } })
    const telegram = await Harness.start({
      ...options,
      env: {
        SLACK_BOT_TOKEN: SLACK_TEST_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slackApi.apiUrl,
        SLACK_CASEWORKER_CHANNEL: CASE_CHANNEL,
        SLACK_CASEWORKER_GROUP: CASEWORKER_GROUP,
        OUTBOX_SWEEP_MS: '50',
        SLACK_SWEEP_MS: '50',
        ...options.env,
      },
    })
    const slack = await startSlack(telegram.container, { port: 0 })
    const sender = new SlackSender(`http://127.0.0.1:${slack.port}/slack/events`, SIGNING_SECRET)
    return new CaseworkHarness(telegram, slackApi, slack, sender)
  }

  async close(): Promise<void> {
    await this.slack.stop()
    await this.telegram.close()
    await this.slackApi.close()
  }
}
