import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveSegment } from '../../../src/core/campaigns/resolve-segment.ts'
import type { NoticeKind, Segment } from '../../../src/core/campaigns/segment.ts'
import type { Container } from '../../../src/core/container.ts'
import { evaluate } from '../../../src/core/screening/evaluate.ts'
import type { Facts } from '../../../src/core/screening/facts.ts'
import { jobContainer, seedWorkers } from '../../support/job-container.ts'

const POOR: Facts = {
  householdSize: 3,
  monthlyIncome: 3000,
  housing: 'renting',
  situations: [],
  illness: ['self_chronic'],
  incomeDrop: 'no',
  children: 1,
  schoolStages: ['high_school'],
  medicalOutOfPocket: 0,
  insured: 'yes',
  careerInterest: [],
}
const COMFORTABLE: Facts = {
  ...POOR,
  monthlyIncome: 12_000,
  illness: [],
  children: 0,
  schoolStages: [],
}

describe('segments previewed before a broadcast', () => {
  let container: Container
  let names: Map<string, string>

  beforeAll(async () => {
    ;({ container } = await jobContainer())
    const [poor, comfortable, english, unanswered, erased] = await seedWorkers(container, 5)
    names = new Map([
      [poor?.id, 'poor'],
      [comfortable?.id, 'comfortable'],
      [english?.id, 'english'],
      [unanswered?.id, 'unanswered'],
    ] as [string, string][])
    const { prisma } = container.db
    const { cipher, policy } = container.conversation
    for (const [worker, facts] of [
      [poor, POOR],
      [comfortable, COMFORTABLE],
      [english, COMFORTABLE],
    ] as const) {
      await prisma.profile.create({
        data: { workerId: worker?.id as string, facts: cipher.sealJson(facts) },
      })
      await prisma.screening.create({
        data: {
          workerId: worker?.id as string,
          policyVersion: policy.version,
          result: cipher.sealJson({ facts, result: evaluate(policy, facts) }),
        },
      })
    }
    await prisma.worker.update({ where: { id: english?.id as string }, data: { locale: 'en' } })
    await prisma.application.create({
      data: {
        reference: 'BF-2026-000001',
        workerId: comfortable?.id as string,
        programmeId: 'free_checkup',
        status: 'approved',
        answers: cipher.sealJson({}),
      },
    })
    await prisma.worker.delete({ where: { id: erased?.id as string } })
  })
  afterAll(() => container.close())

  const who = async (segment: Segment, kind: NoticeKind = 'campaign') =>
    (await resolveSegment(container.db.prisma, container.conversation, segment, kind))
      .map((id) => names.get(id))
      .sort()

  it('picks workers by programme eligibility under the current policy', async () => {
    expect(await who({ programmes: ['monthly_living_subsidy'] })).toEqual(['poor'])
    expect(await who({ programmes: ['free_checkup'] })).toEqual(['comfortable', 'english', 'poor'])
  })

  it('picks by application status, illness, children and school stage, and language', async () => {
    expect(await who({ applicationStatuses: ['approved'] })).toEqual(['comfortable'])
    expect(await who({ illness: ['self_chronic'] })).toEqual(['poor'])
    expect(await who({ withChildren: true, schoolStages: ['high_school'] })).toEqual(['poor'])
    expect(await who({ withChildren: false })).toEqual(['comfortable', 'english'])
    expect(await who({ locales: ['en'] })).toEqual(['english'])
  })

  it('leaves out whoever opted out, muted the kind, or blocked the bot', async () => {
    const everyone = ['comfortable', 'english', 'poor', 'unanswered']
    expect(await who({})).toEqual(everyone)
    const id = (name: string) => [...names].find(([, n]) => n === name)?.[0] as string
    const { prisma } = container.db
    await prisma.noticePreference.create({ data: { workerId: id('poor'), optedOut: true } })
    await prisma.noticePreference.create({
      data: { workerId: id('english'), muted: ['policy_news'] },
    })
    await prisma.noticePreference.create({
      data: { workerId: id('unanswered'), unreachableAt: new Date() },
    })
    expect(await who({})).toEqual(['comfortable', 'english'])
    expect(await who({}, 'policy_news')).toEqual(['comfortable'])
  })
})
