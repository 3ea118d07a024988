import type { MessageBody } from '../../../core/cases/message-body.ts'
import { redact } from '../../../core/understanding/redact.ts'
import type { CaseMessage } from '../../../generated/prisma/client.ts'
import { escapeSlack, plainBlock } from '../messages/plain.ts'
import type { SyncContext } from './context.ts'

const PARALLEL_CASES = 64

/**
 * Posts what workers sent into their case threads: each case's messages in
 * order, cases side by side. Text is masked (identity and phone numbers) and
 * shown as plain text. A message is marked posted right after Slack accepts
 * it; a crash in between posts that one message again.
 */
export async function postWorkerMessages(ctx: SyncContext): Promise<void> {
  const { prisma } = ctx.deps.container.db
  const pending = await prisma.caseMessage.findMany({
    where: { direction: 'to_slack', status: 'pending' },
    orderBy: { id: 'asc' },
    take: 500,
    include: { case: true },
  })
  const byCase = new Map<string, typeof pending>()
  for (const message of pending) {
    if (!message.case.slackTs) continue
    byCase.set(message.caseId, [...(byCase.get(message.caseId) ?? []), message])
  }
  const queues = [...byCase.values()]
  const run = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift())
      for (const message of queue) await postOne(ctx, message, message.case.slackTs as string)
  }
  await Promise.all(Array.from({ length: PARALLEL_CASES }, run))
}

async function postOne(ctx: SyncContext, message: CaseMessage, threadTs: string): Promise<void> {
  const { container, channel } = ctx.deps
  const body = container.cipher.openJson<MessageBody>(message.body)
  const masked = body.text ? redact(body.text) : undefined
  const hidden = masked && Object.values(masked.removed).some((count) => count > 0)
  const label = `👤 Worker${hidden ? ' · 🔒 personal details masked (owner: Reveal details)' : ''}`

  let ts: string | undefined
  let unfetched = ''
  if (body.fileId) {
    const bytes = await ctx.files(body.fileId).catch(() => undefined)
    // A file's name can carry a name or a number too.
    const name = redact(body.fileName ?? (message.kind === 'photo' ? 'photo.jpg' : 'document')).text
    const what = message.kind === 'photo' ? '📷 photo' : `📄 ${escapeSlack(name)}`
    if (bytes) {
      const caption = masked ? ` — ${escapeSlack(masked.text)}` : ''
      await ctx.client.files.uploadV2({
        channel_id: channel,
        thread_ts: threadTs,
        file: bytes,
        filename: name,
        initial_comment: `${label}: ${what}${caption}`,
      })
      ts = 'file'
    } else {
      // Said in the thread rather than lost: the caseworker can ask the worker again.
      unfetched = `(sent a ${message.kind} that could not be fetched from Telegram) `
    }
  }
  if (!ts) {
    const said =
      masked?.text ??
      (body.unsupported ? `(sent a ${body.unsupported}, which cannot be shown here)` : '')
    const text = `${unfetched}${said}`
    const posted = await ctx.client.chat.postMessage({
      channel,
      thread_ts: threadTs,
      text: `${label}: ${escapeSlack(text)}`,
      blocks: [
        { type: 'context', elements: [{ type: 'plain_text', text: label }] },
        plainBlock(text),
      ] as never,
      unfurl_links: false,
      unfurl_media: false,
    })
    ts = posted.ts
  }
  await container.db.prisma.caseMessage.update({
    where: { id: message.id },
    data: { status: 'posted', slackTs: ts ?? null },
  })
}
