import type { AddressInfo } from 'node:net'
import type { Container } from '../../core/container.ts'
import { register as registerActions } from './actions/index.ts'
import { createCaseworkers } from './caseworkers.ts'
import { register as registerCommands } from './commands/index.ts'
import { createSlackApp } from './create-app.ts'
import type { SlackDeps } from './deps.ts'
import { register as registerEvents } from './events/index.ts'
import { authorise } from './middleware/authorise.ts'
import { deduplicate } from './middleware/deduplicate.ts'
import { register as registerViews } from './views/index.ts'

/**
 * Runs the Slack side for caseworkers: Bolt's HTTP receiver on SLACK_PORT
 * (0 picks a free port), or Socket Mode. Returns the port and a stop function.
 */
export async function startSlack(container: Container, options: { port?: number } = {}) {
  const { config } = container
  const log = container.log.child({ unit: 'slack' })
  const app = createSlackApp(config, log)
  const channel = config.SLACK_CASEWORKER_CHANNEL
  if (!channel) throw new Error('SLACK_CASEWORKER_CHANNEL is missing: set the case channel id')
  const deps: SlackDeps = {
    container,
    log,
    channel,
    now: container.conversation.now,
    caseworkers: createCaseworkers({
      client: app.client,
      users: config.SLACK_CASEWORKERS,
      admins: config.SLACK_ADMINS,
      group: config.SLACK_CASEWORKER_GROUP,
      log,
    }),
  }

  app.use(deduplicate(deps))
  app.use(authorise(deps))
  registerActions(app, deps)
  registerViews(app, deps)
  registerCommands(app, deps)
  registerEvents(app, deps)
  app.error(async (error) => log.error({ err: error }, 'slack listener failed'))

  await app.init()
  const started = await app.start(options.port ?? config.SLACK_PORT)
  const address = config.SLACK_APP_TOKEN ? undefined : started.address?.()
  const port = (address as AddressInfo | undefined)?.port
  log.info({ port, socketMode: Boolean(config.SLACK_APP_TOKEN) }, 'slack app started')

  return {
    app,
    deps,
    port,
    async stop(): Promise<void> {
      await app.stop()
    },
  }
}

export type SlackSide = Awaited<ReturnType<typeof startSlack>>
