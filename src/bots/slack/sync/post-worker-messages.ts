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
  if (body.fileId) {
    const bytes = await ctx.files(body.fileId).catch(() => undefined)
    if (bytes) {
      const name = body.fileName ?? (message.kind === 'photo' ? 'photo.jpg' : 'document')
      await ctx.client.files.uploadV2({
        channel_id: channel,
        thread_ts: threadTs,
        file: bytes,
        filename: name,
        initial_comment: `${label}: ${message.kind === 'photo' ? '📷 photo' : `📄 ${escapeSlack(name)}`}${masked ? ` — ${escapeSlack(masked.text)}` : ''}`,
      })
    }
    ts = 'file'
  }
  if (!ts) {
    const text =
      masked?.text ??
      (body.unsupported ? `(sent a ${body.unsupported}, which cannot be shown here)` : '')
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
