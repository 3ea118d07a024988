import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { firstFilePart, readParams, readRaw } from './read-body.ts'
import type { Ephemeral, PostedMessage } from './slack-state.ts'
import { methods } from './web-api-methods.ts'
import { SlackWorkspace } from './workspace.ts'

export const SLACK_TEST_TOKEN = 'xoxb-0000-test-token'

/**
 * A local stand-in for the Slack Web API that the real Bolt client talks to
 * (`clientOptions.slackApiUrl = server.apiUrl`). It checks the bot token,
 * records every call, keeps channels, threads, views and App Homes, takes file
 * uploads (files.uploadV2's three steps) and serves files people uploaded.
 * Unknown methods answer `unknown_method`, as Slack does.
 */
export class SlackApiServer {
  readonly apiUrl: string
  readonly workspace: SlackWorkspace
  private readonly failures = new Map<string, string>()

  private constructor(private readonly server: Server) {
    const { port } = server.address() as AddressInfo
    const base = `http://127.0.0.1:${port}`
    this.apiUrl = `${base}/api/`
    this.workspace = new SlackWorkspace(base)
  }

  static async start(): Promise<SlackApiServer> {
    let instance: SlackApiServer | undefined
    const server = createServer((request, response) => {
      void instance?.handle(request, response).catch((error: Error) => {
        response.writeHead(500).end(error.message)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    instance = new SlackApiServer(server)
    return instance
  }

  /** Makes the next calls of a method fail with a Slack error code, until cleared. */
  failMethod(method: string, error: string | undefined): void {
    if (error) this.failures.set(method, error)
    else this.failures.delete(method)
  }

  addGroup(id: string, users: string[]): void {
    this.workspace.groups.set(id, new Set(users))
  }

  calls(method?: string) {
    return this.workspace.calls.filter((call) => !method || call.method === method)
  }

  /** Messages the bot posted at the top of a channel (not in threads). */
  channelMessages(channel: string): PostedMessage[] {
    return this.workspace.messages.filter((m) => m.channel === channel && !m.threadTs)
  }

  thread(channel: string, ts: string): PostedMessage[] {
    return this.workspace.messages.filter((m) => m.channel === channel && m.threadTs === ts)
  }

  ephemeralsFor(user: string): Ephemeral[] {
    return this.workspace.ephemerals.filter((e) => e.user === user)
  }

  /** Resolves with the first truthy value of `probe`, checked after every change. */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 10_000): Promise<T> {
    const { events } = this.workspace
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe()
        if (!value) return
        done()
        resolve(value)
      }
      const timer = setTimeout(() => {
        done()
        const recent = this.workspace.calls.slice(-5).map((call) => call.method)
        reject(new Error(`Slack stand-in: gave up after ${timeoutMs} ms; last calls ${recent}`))
      }, timeoutMs)
      const done = () => {
        clearTimeout(timer)
        events.off('changed', check)
      }
      events.on('changed', check)
      check()
    })
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const raw = await readRaw(request)
    const authorised = request.headers.authorization === `Bearer ${SLACK_TEST_TOKEN}`

    if (url.pathname.startsWith('/upload/')) {
      const id = url.pathname.slice('/upload/'.length)
      const pending = this.workspace.pendingUploads.get(id)
      if (!pending) return void response.writeHead(404).end()
      pending.bytes = firstFilePart(request, raw)
      return void response.writeHead(200).end('OK')
    }
    if (url.pathname.startsWith('/private/')) {
      const file = this.workspace.hosted.get(url.pathname.split('/')[2] ?? '')
      if (!file || !authorised) return void response.writeHead(file ? 403 : 404).end()
      return void response.writeHead(200, { 'content-type': file.mimetype }).end(file.bytes)
    }

    const method = url.pathname.replace(/^\/api\//, '')
    const params = readParams(request, raw)
    this.workspace.calls.push({ method, params, at: Date.now() })
    const reply = (body: Record<string, unknown>) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      this.workspace.changed()
    }
    if (!authorised && method !== 'api.test') return reply({ ok: false, error: 'invalid_auth' })
    const failure = this.failures.get(method)
    if (failure) return reply({ ok: false, error: failure })
    const run = methods[method]
    if (!run) return reply({ ok: false, error: 'unknown_method' })
    reply(run(params, this.workspace))
  }
}
