import type { CaseworkHarness } from '../slack-harness.ts'
import { CASE_CHANNEL } from '../slack-harness.ts'
import type { WorkerChat } from '../telegram-harness.ts'
import type { SlackPerson } from './caseworker.ts'

/** A worker who agreed to the notices and asked for a person, and the card that appeared for them. */
export async function workerWithCase(harness: CaseworkHarness) {
  const chat = await harness.telegram.chat().agreeToAll()
  await chat.command('human')
  const { prisma } = harness.telegram.db
  const worker = await prisma.worker.findFirstOrThrow({
    where: { externalId: String(chat.chatId) },
  })
  const found = await prisma.case.findFirstOrThrow({ where: { workerId: worker.id } })
  const card = await harness.slackApi.waitFor(() =>
    harness.slackApi.channelMessages(CASE_CHANNEL).find((m) => m.text.includes(found.reference)),
  )
  return { chat, worker, case: found, card }
}

/** The texts the worker has received so far. */
export function texts(chat: WorkerChat): string[] {
  return chat.api.messages(chat.chatId).map((m) => m.text ?? '')
}

/** A worker's case, claimed by `caseworker`, once the worker has been told. */
export async function claimedCase(harness: CaseworkHarness, caseworker: SlackPerson) {
  const story = await workerWithCase(harness)
  await caseworker.press('case.claim', story.case.id, story.card.ts)
  await story.chat.api.waitFor(() => texts(story.chat).some((t) => t.includes('已经接手')))
  return story
}
