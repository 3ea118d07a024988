import { DelayedError, UnrecoverableError, Worker } from 'bullmq'
import type { InlineKeyboardMarkup } from 'grammy/types'
import { z } from 'zod'
import { broadcastReply } from '../core/campaigns/broadcast-reply.ts'
import {
  claimDeliveries,
  type SendOutcome,
  settleDeliveries,
} from '../core/campaigns/deliveries.ts'
import type { Container } from '../core/container.ts'
import { toLocale } from '../core/i18n/translator.ts'
import { render } from '../flows/render.ts'
import { defineJob } from './definition.ts'
import { pacerFor } from './send-pacer.ts'
import { classifySendError, telegramApi } from './telegram-api.ts'

export const SEND_QUEUE = 'broadcast-sends'
const PAUSED_RECHECK_MS = 2_000
const SEND_OFFSET_MS = 150

/**
 * Sends one range of a broadcast's recipients straight to the Bot API, all
 * at once: the queue's limiter spaces the jobs so the whole stays under
 * Telegram's 30 a second. A 429 stops the queue for its `retry_after` and
 * puts the job back (BullMQ's manual rate limit); the range's unsent rows
 * are what the retry sends. Each worker is sent at most once per broadcast.
 */
export const broadcastSendJob = defineJob({
  queue: SEND_QUEUE,
  name: 'send',
  payload: z.object({
    broadcastId: z.uuid(),
    from: z.number().int().min(1),
    to: z.number().int().min(1),
  }),
  worker: (config) => ({
    concurrency: config.BROADCAST_CONCURRENCY,
    lockDuration: config.BROADCAST_LOCK_MS,
    stalledInterval: Math.max(500, Math.floor(config.BROADCAST_LOCK_MS / 3)),
    ...(config.BROADCAST_RATE_PER_SECOND > 0 ? { limiter: limiterFor(config) } : {}),
  }),
  async process(job, { container, token }) {
    const { db } = container
    const broadcast = await db.prisma.broadcast.findUnique({ where: { id: job.data.broadcastId } })
    if (!broadcast) throw new UnrecoverableError(`broadcast ${job.data.broadcastId} not found`)
    if (broadcast.status === 'cancelled') return { cancelled: true }
    if (broadcast.status === 'paused') {
      await job.moveToDelayed(Date.now() + PAUSED_RECHECK_MS, token)
      throw new DelayedError()
    }

    const event = broadcast.eventId
      ? await db.prisma.event.findUnique({ where: { id: broadcast.eventId } })
      : null
    const api = telegramApi(container)
    const reminder = broadcast.purpose.startsWith('remind')
    const claimed = await claimDeliveries(db.prisma, { ...job.data, reminder })
    const reply = broadcastReply(broadcast, event)
    await alignToStart(job.processedOn, container.config.BROADCAST_RATE_PER_SECOND)
    const pacer = pacerFor(container)

    const outcomes = new Map<string, SendOutcome>()
    let retryAfter = 0
    await Promise.all(
      claimed.map(async (recipient) => {
        const message = render(
          reply,
          container.i18n.translator(toLocale(recipient.locale, 'zh-CN')),
        )
        try {
          await pacer.slot()
          await api.sendMessage(recipient.chatId, message.text, keyboardOf(message.buttons))
          outcomes.set(recipient.workerId, 'sent')
        } catch (error) {
          const classified = classifySendError(error)
          if (classified.retryAfter) pacer.hold(classified.retryAfter * 1000)
          outcomes.set(recipient.workerId, classified.outcome)
          retryAfter = Math.max(retryAfter, classified.retryAfter ?? 0)
        }
      }),
    )
    await settleDeliveries(db.prisma, broadcast.id, outcomes)

    const retries = [...outcomes.values()].filter((outcome) => outcome === 'retry').length
    if (retryAfter > 0) await backOff(container, retryAfter)
    if (retries > 0) throw new Error(`${retries} send(s) of broadcast ${broadcast.id} to retry`)
    return { sent: [...outcomes.values()].filter((outcome) => outcome === 'sent').length }
  },
})

/**
 * Under a cap, messages leave a fixed time after the limiter started the job,
 * not whenever the database answered: a slow claim for one job and a quick
 * one for the next would otherwise bunch their sends into a 429.
 */
async function alignToStart(startedAt: number | undefined, rate: number): Promise<void> {
  const wait = rate > 0 && startedAt ? startedAt + SEND_OFFSET_MS - Date.now() : 0
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}

/** Telegram said 429: the whole queue waits `retry_after`, and this job goes back unpunished. */
async function backOff(container: Container, seconds: number): Promise<never> {
  await container.jobs.queue(SEND_QUEUE).rateLimit(seconds * 1000)
  throw Worker.RateLimitError()
}

/**
 * One job's messages leave together, so jobs are spaced by the time their
 * messages take at the cap, plus 3% slack; the process's SendPacer then
 * keeps late timers from bunching two jobs' sends into one second.
 */
export function limiterFor(config: { BROADCAST_RATE_PER_SECOND: number; BROADCAST_CHUNK: number }) {
  const perJobMs = (config.BROADCAST_CHUNK * 1000) / (config.BROADCAST_RATE_PER_SECOND * 0.97)
  return { max: 1, duration: Math.ceil(perJobMs) }
}

function keyboardOf(buttons: { text: string; data: string }[][] | undefined) {
  if (!buttons) return {}
  const reply_markup: InlineKeyboardMarkup = {
    inline_keyboard: buttons.map((row) =>
      row.map((b) => ({ text: b.text, callback_data: b.data })),
    ),
  }
  return { reply_markup }
}
