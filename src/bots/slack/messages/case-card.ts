import type { CaseView } from '../../../core/cases/case-view.ts'
import { clip, escapeSlack, plainBlock } from './plain.ts'

const STATUS: Record<string, string> = {
  unclaimed: '⏳ Unclaimed',
  claimed: '💬 Claimed',
  waiting_worker: '📎 Waiting on the worker',
  closed: '✅ Closed',
  erased: '🗑 The worker deleted their data',
}
export const REASON: Record<string, string> = {
  worker_asked: 'asked for a person',
  worker_typed: 'wrote that they want a person',
  flow_struggle: 'struggled with the questions (3 misses in a row)',
  needs_judgement: 'a result needs a caseworker’s judgement',
  crisis: 'words of crisis or danger',
}
const LANGUAGE: Record<string, string> = { 'zh-CN': '中文', en: 'English' }

/**
 * The case card: who (alias and language only), why, where it stands, the
 * summary and the buttons. Worker-derived text is plain_text. Redrawn in
 * place as the case moves; a closed or erased case keeps no buttons.
 */
export function caseCard(view: CaseView): { text: string; blocks: unknown[] } {
  const found = view.case
  const who = view.worker
    ? `${view.worker.alias} · ${LANGUAGE[view.worker.locale] ?? view.worker.locale}`
    : 'worker erased'
  const urgent = found.urgent ? '🚨 URGENT · ' : ''
  const title = `${urgent}${found.reference} · ${who}`
  const status = [STATUS[found.status] ?? found.status]
  if (found.ownerId) status.push(`by <@${found.ownerId}>`)
  if (found.rating)
    status.push(
      `· rated ${'★'.repeat(found.rating)}${'☆'.repeat(5 - found.rating)} (${found.rating}/5)`,
    )

  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: true } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Why*\n${REASON[found.reason] ?? escapeSlack(found.reason)}` },
        { type: 'mrkdwn', text: `*Status*\n${status.join(' ')}` },
        ...(view.programmeName
          ? [{ type: 'mrkdwn', text: `*Programme*\n${escapeSlack(view.programmeName)}` }]
          : []),
        {
          type: 'mrkdwn',
          text: `*Opened*\n<!date^${Math.floor(found.createdAt.getTime() / 1000)}^{date_short_pretty} {time}|${found.createdAt.toISOString()}>`,
        },
      ],
    },
  ]
  if (view.summary) blocks.push(plainBlock(view.summary))
  for (const line of view.extra ?? []) blocks.push(plainBlock(line))
  if (view.worker && found.status !== 'closed') blocks.push(buttons(found.id, found.status))
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: 'Reply in this thread to write to the worker. Start with `note:` for an internal note.',
      },
    ],
  })
  return { text: `${title} — ${STATUS[found.status] ?? found.status}`, blocks }
}

function buttons(caseId: string, status: string) {
  const button = (text: string, actionId: string, style?: 'primary' | 'danger') => ({
    type: 'button',
    text: { type: 'plain_text', text },
    action_id: actionId,
    value: caseId,
    ...(style ? { style } : {}),
  })
  return {
    type: 'actions',
    block_id: 'case-actions',
    elements: [
      ...(status === 'unclaimed' ? [button('Claim', 'case.claim', 'primary')] : []),
      button('Request information', 'case.request_info'),
      button('Approve', 'case.approve', 'primary'),
      button('Reject', 'case.reject', 'danger'),
      button('Close', 'case.close'),
      button('Reveal details', 'case.reveal'),
    ],
  }
}
