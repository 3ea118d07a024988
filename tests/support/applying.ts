import type { Update } from 'grammy/types'
import type { ApplicationDeps } from '../../src/core/applications/transition.ts'
import type { Harness, WorkerChat } from './telegram-harness.ts'

/** Several updates at once (an album), resolved when all are handled; returns what the bot sent. */
export async function together(harness: Harness, chat: WorkerChat, produce: () => Update[]) {
  const before = chat.api.messages(chat.chatId).length
  const updates = produce()
  await Promise.all(updates.map((update) => harness.untilHandled(update)))
  return chat.api.messages(chat.chatId).slice(before)
}

/** Ticks options of a multiple-choice question, or "none of these". */
export async function pick(chat: WorkerChat, ...labels: string[]): Promise<void> {
  if (labels.length === 0) return void (await chat.answer(/^都没有|暂时不需要|都没在上学/))
  for (const label of labels) await chat.tap(label)
  await chat.answer('选好了')
}

/** 老郑's screening: father in hospital, savings gone, income down while on leave. */
export async function screenLaoZheng(harness: Harness): Promise<WorkerChat> {
  const chat = await harness.chat().agreeToAll()
  await chat.answer('3')
  await chat.answer('5400')
  await chat.answer('自己的房子')
  await pick(chat)
  await pick(chat, '家人住院了')
  await chat.answer('参加了')
  await chat.answer('3万')
  await chat.answer('是，减少了')
  await chat.answer('0')
  await pick(chat)
  return chat
}

/** A tap on a button with this payload, as an old message or a crafted client would send it. */
export function tapData(chat: WorkerChat, data: string) {
  return chat.act(() => chat.api.tapButton(chat.chatId, data, chat.last().messageId))
}

/** The worker's applications with their documents, as stored. */
export async function applicationsOf(harness: Harness, chat: WorkerChat) {
  const worker = await harness.db.prisma.worker.findFirstOrThrow({
    where: { externalId: String(chat.chatId) },
  })
  return harness.db.prisma.application.findMany({
    where: { workerId: worker.id },
    orderBy: { createdAt: 'asc' },
    include: { documents: { orderBy: { createdAt: 'asc' } }, requests: true },
  })
}

/** A caseworker's side of the domain, in one transaction, as the Slack listeners will call it. */
export function asStaff<T>(harness: Harness, work: (deps: ApplicationDeps) => Promise<T>) {
  const { cipher, forms, now } = harness.container.conversation
  return harness.db.prisma.$transaction((tx) => work({ tx, cipher, forms, now }))
}
