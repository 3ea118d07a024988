import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the stand-in answers the next chat completion requests. */
export type Behaviour =
  | { kind: 'answer'; content: string | ((request: RecordedRequest) => string) }
  | { kind: 'hang'; ms: number }
  | { kind: 'status'; status: number; message?: string }

export type RecordedRequest = { path: string; raw: string; body: ChatRequest }

type ChatRequest = { model?: string; messages?: { role: string; content: string }[] }

/**
 * A local stand-in for the OpenAI API: the real `openai` client is pointed at it
 * with OPENAI_BASE_URL. It records every request as received and answers chat
 * completions as told: JSON content, a hang, or an error status.
 */
export class OpenAiStandIn {
  readonly requests: RecordedRequest[] = []
  private behaviour: Behaviour = { kind: 'status', status: 500 }
  private readonly hanging = new Set<ServerResponse>()
  private readonly timers = new Set<NodeJS.Timeout>()

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<OpenAiStandIn> {
    let standIn: OpenAiStandIn | undefined
    const server = createServer((req, res) => {
      // A client that gave up mid-request (its timeout) leaves nothing to answer.
      standIn?.handle(req, res).catch(() => res.destroy())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    standIn = new OpenAiStandIn(server, `http://127.0.0.1:${port}/v1`)
    return standIn
  }

  behave(behaviour: Behaviour): void {
    this.behaviour = behaviour
  }

  /** The user messages the model was shown, in order. */
  userTexts(): string[] {
    return this.requests.flatMap(
      (request) =>
        request.body.messages?.filter((m) => m.role === 'user').map((m) => m.content) ?? [],
    )
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer)
    for (const response of this.hanging) response.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const request = { path: req.url ?? '', raw, body: JSON.parse(raw || '{}') as ChatRequest }
    this.requests.push(request)

    const behaviour = this.behaviour
    if (behaviour.kind === 'hang') {
      this.hanging.add(res)
      const timer = setTimeout(
        () => this.reply(res, request, { kind: 'answer', content: '{}' }),
        behaviour.ms,
      )
      this.timers.add(timer)
      res.on('close', () => {
        clearTimeout(timer)
        this.hanging.delete(res)
      })
      return
    }
    this.reply(res, request, behaviour)
  }

  private reply(res: ServerResponse, request: RecordedRequest, behaviour: Behaviour): void {
    if (res.destroyed) return
    if (behaviour.kind === 'status') {
      const error = { error: { message: behaviour.message ?? 'stand-in error', type: 'error' } }
      res.writeHead(behaviour.status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(error))
      return
    }
    const content =
      behaviour.kind === 'answer'
        ? typeof behaviour.content === 'function'
          ? behaviour.content(request)
          : behaviour.content
        : '{}'
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.body.model ?? 'stand-in',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content, refusal: null },
            finish_reason: 'stop',
            logprobs: null,
          },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    )
  }
}
