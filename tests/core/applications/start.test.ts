import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApplication } from '../../../src/core/applications/start.ts'
import { moveApplication } from '../../../src/core/applications/transition.ts'
import type { Database } from '../../../src/core/db/connect.ts'
import { testDatabase } from '../../support/database.ts'
import { inTx, newWorker } from './support.ts'

describe('opening an application', () => {
  let db: Database
  beforeAll(async () => {
    db = await testDatabase()
  })
  afterAll(() => db.close())

  it('resumes the draft a worker already has instead of opening a second', async () => {
    const worker = await newWorker(db)
    const first = await inTx(db, (deps) => startApplication(deps, worker, 'medical_aid'))
    const again = await inTx(db, (deps) => startApplication(deps, worker, 'medical_aid'))
    expect(first.ok && again.ok).toBe(true)
    if (!first.ok || !again.ok) return
    expect(again.application.id).toBe(first.application.id)
    expect(again.resumed).toBe(true)
  })

  it('opens one draft when the same tap arrives twice at once', async () => {
    const worker = await newWorker(db)
    await Promise.all([
      inTx(db, (deps) => startApplication(deps, worker, 'medical_aid')),
      inTx(db, (deps) => startApplication(deps, worker, 'medical_aid')),
    ])
    expect(await db.prisma.application.count({ where: { workerId: worker.id } })).toBe(1)
  })

  it('refuses a programme already applied for and under review, naming that application', async () => {
    const worker = await newWorker(db)
    const first = await inTx(db, (deps) => startApplication(deps, worker, 'medical_aid'))
    if (!first.ok) throw new Error(first.code)
    await inTx(db, (deps) =>
      moveApplication(deps, {
        applicationId: first.application.id,
        to: 'submitted',
        actor: 'worker',
      }),
    )
    const second = await inTx(db, (deps) => startApplication(deps, worker, 'medical_aid'))
    expect(second).toMatchObject({ ok: false, code: 'already_open' })
    if (second.ok || second.code !== 'already_open') return
    expect(second.application.reference).toBe(first.application.reference)
  })

  it('stops double funding: the temporary subsidy and the special relief fund exclude each other', async () => {
    const worker = await newWorker(db)
    const first = await inTx(db, (deps) => startApplication(deps, worker, 'special_relief_fund'))
    expect(first.ok).toBe(true)
    const second = await inTx(db, (deps) =>
      startApplication(deps, worker, 'temporary_living_subsidy'),
    )
    expect(second).toMatchObject({ ok: false, code: 'excluded' })
  })

  it('allows the excluded programme once the other was withdrawn', async () => {
    const worker = await newWorker(db)
    const first = await inTx(db, (deps) => startApplication(deps, worker, 'special_relief_fund'))
    if (!first.ok) throw new Error(first.code)
    await inTx(db, (deps) =>
      moveApplication(deps, {
        applicationId: first.application.id,
        to: 'withdrawn',
        actor: 'worker',
      }),
    )
    const second = await inTx(db, (deps) =>
      startApplication(deps, worker, 'temporary_living_subsidy'),
    )
    expect(second.ok).toBe(true)
  })

  it('refuses planned programmes and sends events to sign-up', async () => {
    const worker = await newWorker(db)
    const planned = await inTx(db, (deps) =>
      startApplication(deps, worker, 'mental_health_counselling'),
    )
    const camp = await inTx(db, (deps) => startApplication(deps, worker, 'summer_camp'))
    const nothing = await inTx(db, (deps) => startApplication(deps, worker, 'no_such_thing'))
    expect([planned, camp, nothing]).toEqual([
      { ok: false, code: 'not_offered' },
      { ok: false, code: 'via_events' },
      { ok: false, code: 'unknown_programme' },
    ])
  })
})
