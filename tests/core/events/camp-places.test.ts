import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Container } from '../../../src/core/container.ts'
import { acceptOffer } from '../../../src/core/events/accept-offer.ts'
import { createEvent } from '../../../src/core/events/create-event.ts'
import { cancelSignup } from '../../../src/core/events/release-place.ts'
import { signUp } from '../../../src/core/events/sign-up.ts'
import { eventDeps } from '../../../src/jobs/event-deps.ts'
import { offerExpiryJob } from '../../../src/jobs/offer-expiry.ts'
import { jobContainer, jobOf, seedWorkers } from '../../support/job-container.ts'

const HOUR = 3_600_000

describe('a summer camp of 50 places', () => {
  let container: Container
  let clock: { now: Date }
  let now: () => Date
  let workers: { id: string; chatId: number }[]
  let eventId: string

  beforeAll(async () => {
    ;({ container, clock, now } = await jobContainer())
    workers = await seedWorkers(container, 200)
    const event = await container.db.prisma.$transaction((tx) =>
      createEvent(tx, {
        kind: 'camp',
        title: '暑期夏令营',
        startsAt: new Date(now().getTime() + 20 * 24 * HOUR),
        capacity: 50,
        stages: ['compulsory'],
        offerHours: 24,
        segment: {},
        createdBy: 'test',
      }),
    )
    eventId = event.id
  })
  afterAll(() => container.close())

  const signups = () =>
    container.db.prisma.eventSignup.findMany({ where: { eventId }, orderBy: { position: 'asc' } })
  const places = async () =>
    (await container.db.prisma.event.findUniqueOrThrow({ where: { id: eventId } })).taken

  it('refuses a child outside the school stages it is for', async () => {
    const result = await container.db.prisma.$transaction((tx) =>
      signUp(tx, {
        eventId,
        workerId: workers[0]?.id as string,
        participant: 'child-1',
        stage: 'high_school',
        now: now(),
      }),
    )
    expect(result).toEqual({ ok: false, code: 'wrong_stage' })
  })

  it('confirms exactly 50 of 200 workers signing up at once; 150 wait in arrival order', async () => {
    const results = await Promise.all(
      workers.map((worker) =>
        container.db.prisma.$transaction(
          (tx) =>
            signUp(tx, {
              eventId,
              workerId: worker.id,
              participant: 'child-1',
              stage: 'compulsory',
              now: now(),
            }),
          { maxWait: 60_000, timeout: 60_000 },
        ),
      ),
    )

    expect(results.filter((r) => r.ok && r.status === 'confirmed')).toHaveLength(50)
    expect(results.filter((r) => r.ok && r.status === 'waiting')).toHaveLength(150)
    const ordered = await signups()
    expect(ordered.slice(0, 50).every((s) => s.status === 'confirmed')).toBe(true)
    expect(ordered.slice(50).every((s) => s.status === 'waiting')).toBe(true)
    expect(await places()).toBe(50)
  })

  it('offers a cancelled place to the first on the waiting list, and only to them', async () => {
    const [confirmed] = await signups()
    const firstWaiting = (await signups())[50]
    const cancelled = await container.db.prisma.$transaction((tx) =>
      cancelSignup(tx, eventDeps(container, now), {
        signupId: confirmed?.id as string,
        now: now(),
      }),
    )

    expect(cancelled.ok && cancelled.offered).toEqual([firstWaiting?.id])
    const offered = await container.db.prisma.eventSignup.findMany({
      where: { eventId, status: 'offered' },
    })
    expect(offered.map((s) => s.id)).toEqual([firstWaiting?.id])
    expect(offered[0]?.offeredUntil).toEqual(new Date(now().getTime() + 24 * HOUR))
    expect(await places()).toBe(50)
    const timer = await container.jobs.queue('events').getJob(`offer_${firstWaiting?.id}`)
    expect(timer?.opts.delay).toBe(24 * HOUR)
    // The offer reached the worker's outbox with its two buttons.
    expect(await container.db.prisma.outboundMessage.count()).toBe(1)
  })

  it('passes an unanswered offer to the next in line once its time is up, not before', async () => {
    const offered = await container.db.prisma.eventSignup.findFirstOrThrow({
      where: { eventId, status: 'offered' },
    })
    const second = (await signups()).filter((s) => s.status === 'waiting')[0]
    const deps = { container, now }

    clock.now = new Date(clock.now.getTime() + 23 * HOUR)
    await expect(offerExpiryJob.process(jobOf({ signupId: offered.id }), deps)).rejects.toThrow()
    clock.now = new Date(clock.now.getTime() + 1 * HOUR + 1000)
    await offerExpiryJob.process(jobOf({ signupId: offered.id }), deps)

    const after = await container.db.prisma.eventSignup.findMany({
      where: { id: { in: [offered.id, second?.id as string] } },
    })
    expect(after.find((s) => s.id === offered.id)?.status).toBe('expired')
    expect(after.find((s) => s.id === second?.id)?.status).toBe('offered')
    expect(await places()).toBe(50)
  })

  it('confirms an offer taken up in time; an expired one can no longer be taken', async () => {
    const expired = await container.db.prisma.eventSignup.findFirstOrThrow({
      where: { eventId, status: 'expired' },
    })
    const open = await container.db.prisma.eventSignup.findFirstOrThrow({
      where: { eventId, status: 'offered' },
    })
    const accept = (s: { id: string; workerId: string }) =>
      container.db.prisma.$transaction((tx) =>
        acceptOffer(tx, { signupId: s.id, workerId: s.workerId, now: now() }),
      )

    expect(await accept(expired)).toEqual({ ok: false, code: 'expired' })
    expect(await accept(open)).toEqual({ ok: true })
    const confirmed = await container.db.prisma.eventSignup.count({
      where: { eventId, status: 'confirmed' },
    })
    expect(confirmed).toBe(50)
    expect(await places()).toBe(50)
  })
})
