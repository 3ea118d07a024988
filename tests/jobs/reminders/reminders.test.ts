import type { Job } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decide } from '../../../src/core/applications/decide.ts'
import { requestDocument } from '../../../src/core/applications/request-document.ts'
import { planReminders } from '../../../src/core/reminders/plan.ts'
import { deliverReminderJob } from '../../../src/jobs/reminders/deliver-job.ts'
import { queueDueReminders } from '../../../src/jobs/reminders/queue-due.ts'
import type { Harness, WorkerChat } from '../../support/telegram-harness.ts'
import {
  inTx,
  move,
  openDraft,
  type ReminderRig,
  startReminderRig,
  stopReminderRig,
  testClock,
  workerOf,
} from './support.ts'

// 10:00 in Shanghai.
const clock = testClock('2026-12-07T02:00:00Z')
let harness: Harness
let rig: ReminderRig

beforeAll(async () => {
  ;({ harness, rig } = await startReminderRig(clock.now))
})

afterAll(() => stopReminderRig({ harness, rig }))

const HOUR = 3600 * 1000

/** Plans reminder rows falling due within `hours` of the clock, as a pass with a long horizon would. */
const planAhead = (hours: number) =>
  planReminders(
    harness.container.db.prisma,
    clock.now(),
    new Date(clock.now().getTime() + hours * HOUR),
  )

const said = (chat: WorkerChat, text: string) =>
  chat.api.messages(chat.chatId).filter((message) => message.text?.includes(text)).length

async function workerWithDraft(locale = 'zh-CN') {
  const chat = await harness.chat().agreeToAll()
  const worker = await harness.container.db.prisma.worker.update({
    where: { id: (await workerOf(harness.container, chat)).id },
    data: { locale },
  })
  const draft = await openDraft(harness.container, clock.now, worker)
  return { chat, worker, draft }
}

describe('a worker who leaves a draft unfinished', () => {
  it('is reminded exactly once after 24 hours and once after 72 hours, then never again', async () => {
    clock.set('2026-12-07T02:00:00Z')
    const { chat, draft } = await workerWithDraft()
    const from = draft.lastActivityAt

    clock.plusHours(from, 23)
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(0)

    clock.plusHours(from, 24)
    await rig.tick()
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(1)
    expect(chat.lastText()).toContain(draft.reference)
    expect(chat.buttons()).toContain('不再提醒')

    clock.plusHours(from, 50)
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(1)

    clock.plusHours(from, 72)
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(2)

    clock.plusHours(from, 24 * 6)
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(2)
  })

  it('is not woken at 03:00: the reminder waits until 08:00 their time', async () => {
    clock.set('2026-12-07T19:00:00Z') // 03:00 on the 8th in Shanghai
    const { chat, draft } = await workerWithDraft()

    clock.plusHours(draft.lastActivityAt, 24)
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(0)

    clock.set('2026-12-08T23:59:00Z') // 07:59
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(0)

    clock.set('2026-12-09T00:00:00Z') // 08:00
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(1)
  })

  it('hears nothing once the draft is submitted', async () => {
    clock.set('2026-12-07T02:00:00Z')
    const { chat, worker, draft } = await workerWithDraft()
    clock.plusHours(draft.lastActivityAt, 1)
    expect(await planAhead(80)).toBe(2)

    clock.plusHours(draft.lastActivityAt, 5)
    await move(harness.container, clock.now, draft.id, 'submitted', 'worker')
    for (const hours of [24, 72]) {
      clock.plusHours(draft.lastActivityAt, hours)
      await rig.tick()
    }
    expect(said(chat, '还没有提交')).toBe(0)
    const rows = await harness.container.db.prisma.reminder.findMany({
      where: { workerId: worker.id, kind: 'draft_idle' },
    })
    expect(rows.map((row) => row.dropReason)).toEqual(['not_a_draft', 'not_a_draft'])
  })

  it('hears nothing after erasing their data with /delete, and no reminder row is left', async () => {
    clock.set('2026-12-07T02:00:00Z')
    const { chat, worker, draft } = await workerWithDraft()
    clock.plusHours(draft.lastActivityAt, 1)
    await planAhead(80)
    expect(
      await harness.container.db.prisma.reminder.count({ where: { workerId: worker.id } }),
    ).toBe(2)

    await chat.command('delete')
    await chat.tap('确定删除')
    expect(
      await harness.container.db.prisma.reminder.count({ where: { workerId: worker.id } }),
    ).toBe(0)

    const before = chat.api.messages(chat.chatId).length
    for (const hours of [24, 72]) {
      clock.plusHours(draft.lastActivityAt, hours)
      await rig.tick()
    }
    expect(chat.api.messages(chat.chatId).length).toBe(before)
  })

  it('who taps "不再提醒" gets no further reminder, yet still hears that the application was approved', async () => {
    clock.set('2026-12-07T02:00:00Z')
    const { chat, draft } = await workerWithDraft()
    clock.plusHours(draft.lastActivityAt, 24)
    await rig.tick()
    const answer = await chat.tap('不再提醒')
    expect(answer.at(-1)?.text).toContain('不再提醒您')

    clock.plusHours(draft.lastActivityAt, 72)
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(1)

    await move(harness.container, clock.now, draft.id, 'submitted', 'worker')
    await inTx(harness.container, clock.now, (deps) =>
      decide(deps, {
        applicationId: draft.id,
        decision: 'approve',
        actor: 'slack:U1',
        reason: 'ok',
      }),
    )
    await rig.tick()
    expect(said(chat, '已经批准了')).toBe(1)
  })
})

describe('a worker a caseworker asks for a document', () => {
  it('is told which document in their own language, reminded a day later, and not after sending it', async () => {
    clock.set('2026-12-07T02:00:00Z')
    const { chat, draft } = await workerWithDraft('en')
    await move(harness.container, clock.now, draft.id, 'submitted', 'worker')
    const asked = await inTx(harness.container, clock.now, (deps) =>
      requestDocument(deps, {
        applicationId: draft.id,
        docType: 'income_proof',
        actor: 'slack:U1',
      }),
    )
    if (!asked.ok) throw new Error(asked.code)

    await rig.tick()
    expect(said(chat, 'needs more information: Proof of income')).toBe(1)

    clock.plusHours(asked.request.requestedAt, 24)
    await rig.tick()
    expect(said(chat, 'still waiting for: Proof of income')).toBe(1)

    await harness.container.db.prisma.documentRequest.update({
      where: { id: asked.request.id },
      data: { fulfilledAt: clock.now() },
    })
    clock.plusHours(asked.request.requestedAt, 72)
    await rig.tick()
    expect(said(chat, 'still waiting for')).toBe(1)
  })
})

describe('reminder delivery', () => {
  it('sends once however often the job runs or is queued', async () => {
    clock.set('2026-12-07T02:00:00Z')
    const { chat, worker, draft } = await workerWithDraft()
    clock.plusHours(draft.lastActivityAt, 24)
    await rig.tick()
    const [row] = await harness.container.db.prisma.reminder.findMany({
      where: { workerId: worker.id, stage: 1 },
    })
    if (!row) throw new Error('no reminder row')

    const job = { data: { reminderId: row.id } } as Job<{ reminderId: string }>
    expect(await deliverReminderJob.process(job, rig.deps)).toEqual({ outcome: 'already_done' })
    await rig.queue.add('deliver', { reminderId: row.id }, { jobId: row.id })
    await rig.settle()
    expect(said(chat, '还没有提交')).toBe(1)
  })

  it('loses no reminder when Redis loses its jobs: PostgreSQL queues them again', async () => {
    clock.set('2026-12-07T02:00:00Z')
    const { chat, draft } = await workerWithDraft()
    clock.plusHours(draft.lastActivityAt, 23)
    await planAhead(2)

    // An hour ahead, the job is put in Redis with its delay taken from the clock.
    const queued = await queueDueReminders(harness.container.db.prisma, rig.queue, {
      now: clock.now,
      horizonMs: 2 * 3600 * 1000,
      graceMs: 120_000,
    })
    expect(queued).toBe(1)
    const [delayed] = await rig.queue.getDelayed()
    expect(delayed?.opts.delay).toBe(3600 * 1000)

    await rig.queue.obliterate({ force: true })
    clock.plusHours(draft.lastActivityAt, 24.05)
    await rig.tick()
    expect(said(chat, '还没有提交')).toBe(1)
  })
})
