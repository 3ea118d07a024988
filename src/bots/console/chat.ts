import { createInterface } from 'node:readline/promises'
import type { Container } from '../../core/container.ts'
import { runTurn } from '../../core/conversations/run.ts'
import type { Rendered } from '../../flows/render.ts'
import { formatForTerminal, lineToEvent } from './choose.ts'

/**
 * The terminal chat: the same flows as Telegram, on the same database, with
 * buttons shown as numbered choices (type the number, or the text itself).
 */
export async function runConsoleChat(
  container: Container,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
) {
  const rl = createInterface({ input, output, terminal: false })
  // Take the iterator now: lines piped in before the first await would be lost.
  const lines = rl[Symbol.asyncIterator]()
  const ref = {
    channel: 'console' as const,
    externalId: 'local',
    locale: container.config.DEFAULT_LOCALE,
  }
  let shown: Rendered | undefined
  const say = (text: string) => output.write(`${text}\n\n`)

  const turn = async (event: ReturnType<typeof lineToEvent>) => {
    try {
      const result = await container.db.prisma.$transaction((tx) =>
        runTurn(tx, container.conversation, ref, event),
      )
      if (result.toast) say(`(${result.toast})`)
      for (const reply of result.replies) say(formatForTerminal(reply))
      shown = result.replies.at(-1) ?? shown
    } catch (error) {
      container.log.error({ err: error }, 'console turn failed')
      say(container.i18n.translator(ref.locale)('error-generic'))
    }
  }

  say('帮扶通 · terminal chat — /help for commands, Ctrl+D to quit')
  await turn({ type: 'command', name: 'start' })
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    await turn(lineToEvent(next.value, shown))
  }
}
