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
import { pacerFor, type SendPacer } from './send-pacer.ts'
import { type Classified, classifySendError, telegramApi } from './telegram-api.ts'

export const SEND_QUEUE = 'broadcast-sends'
const PAUSED_RECHECK_MS = 2_000

/**
 * Sends one range of a broadcast's recipients to the Bot API. The queue's
 * limiter keeps all worker processes together under Telegram's 30 a second
 * over time; each process's SendPacer decides when each message leaves. A
 * 429 stops the queue for its `retry_after` and puts the job back (BullMQ's
 * manual rate limit); the range's unsent rows are what the retry sends. Each
 * worker is sent at most once per broadcast.
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
    const pacer = pacerFor(container)

    const outcomes = new Map<string, SendOutcome>()
    let limited = false
    await Promise.all(
      claimed.map(async (recipient) => {
        const message = render(
          reply,
          container.i18n.translator(toLocale(recipient.locale, 'zh-CN')),
        )
        const sent = await pacer.send(async (): Promise<Classified> => {
          try {
            await api.sendMessage(recipient.chatId, message.text, keyboardOf(message.buttons))
            return { outcome: 'sent' }
          } catch (error) {
            const classified = classifySendError(error)
            // Before this send's turn ends, or a send queued behind it could leave into the 429.
            if (classified.retryAfter) pacer.hold(classified.retryAfter * 1000)
            return classified
          }
        })
        outcomes.set(recipient.workerId, sent.outcome)
        if (!sent.retryAfter) return
        limited = true
        await stopQueueWhileHeld(container, pacer)
      }),
    )
    await settleDeliveries(db.prisma, broadcast.id, outcomes)

    const retries = [...outcomes.values()].filter((outcome) => outcome === 'retry').length
    // Back in the queue without using up an attempt: a 429 is no fault of the job.
    if (limited) throw Worker.RateLimitError()
    if (retries > 0) throw new Error(`${retries} send(s) of broadcast ${broadcast.id} to retry`)
    return { sent: [...outcomes.values()].filter((outcome) => outcome === 'sent').length }
  },
})

/**
 * Telegram said 429: the queue starts no job until the pacer's hold ends, so
 * every process pauses for `retry_after` from the answer and no longer. Done
 * at once rather than when the job ends, which is after the hold. If Redis
 * fails here the job still settles what it sent; this process's pacer holds.
 */
async function stopQueueWhileHeld(container: Container, pacer: SendPacer): Promise<void> {
  const left = pacer.holdEnds - Date.now()
  if (left <= 0) return
  await container.jobs
    .queue(SEND_QUEUE)
    .rateLimit(left)
    .catch((error: unknown) =>
      container.log.warn({ err: error }, 'send queue not paused for a 429'),
    )
}

/**
 * Bounds the jobs started by all worker processes together to the cap over
 * time. BullMQ opens its next window only when a worker asks after the last
 * one closed, so every window runs a little long: a window holding a second's
 * worth of jobs loses that delay once a second rather than once a job. The
 * SendPacer spreads the messages of jobs started together.
 */
export function limiterFor(config: { BROADCAST_RATE_PER_SECOND: number; BROADCAST_CHUNK: number }) {
  const rate = config.BROADCAST_RATE_PER_SECOND
  const max = Math.max(1, Math.floor(rate / config.BROADCAST_CHUNK))
  return { max, duration: Math.ceil((max * config.BROADCAST_CHUNK * 1000) / rate) }
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
