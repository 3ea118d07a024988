import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decide } from '../../../src/core/applications/decide.ts'
import { requestDocument } from '../../../src/core/applications/request-document.ts'
import { startApplication } from '../../../src/core/applications/start.ts'
import { moveApplication } from '../../../src/core/applications/transition.ts'
import type { Database } from '../../../src/core/db/connect.ts'
import { testDatabase } from '../../support/database.ts'
import { inTx, newWorker } from './support.ts'

describe('an application moving through its review chain', () => {
  let db: Database
  beforeAll(async () => {
    db = await testDatabase()
  })
  afterAll(() => db.close())

  async function submitted(programmeId: string) {
    const worker = await newWorker(db)
    const started = await inTx(db, (deps) => startApplication(deps, worker, programmeId))
    if (!started.ok) throw new Error(started.code)
    const id = started.application.id
    const moved = await inTx(db, (deps) =>
      moveApplication(deps, { applicationId: id, to: 'submitted', actor: 'worker' }),
    )
    expect(moved.ok).toBe(true)
    return { worker, id, reference: started.application.reference }
  }

  it('gets a reference a person can read out, and its history records every step', async () => {
    const { id, reference } = await submitted('medical_aid')
    expect(reference).toMatch(/^BF-2026-\d{6}$/)

    await inTx(db, (deps) =>
      moveApplication(deps, { applicationId: id, to: 'initial_review', actor: 'slack:U1' }),
    )
    const history = await db.prisma.applicationEvent.findMany({
      where: { applicationId: id },
      orderBy: { id: 'asc' },
    })
    expect(history.map((event) => [event.fromStatus, event.toStatus, event.actor])).toEqual([
      [null, 'draft', 'worker'],
      ['draft', 'submitted', 'worker'],
      ['submitted', 'initial_review', 'slack:U1'],
    ])
  })

  it('refuses a step the programme does not have, and paying what was never approved', async () => {
    const { id } = await submitted('medical_aid')
    // Medical aid is reviewed, then publicly noticed; it has no home visit.
    const visit = await inTx(db, (deps) =>
      moveApplication(deps, { applicationId: id, to: 'home_visit', actor: 'slack:U1' }),
    )
    expect(visit).toMatchObject({ ok: false, code: 'illegal_transition', from: 'submitted' })
    const paid = await inTx(db, (deps) =>
      moveApplication(deps, { applicationId: id, to: 'paid', actor: 'slack:U1' }),
    )
    expect(paid.ok).toBe(false)
    const row = await db.prisma.application.findUniqueOrThrow({ where: { id } })
    expect(row.status).toBe('submitted')
  })

  it('cannot be withdrawn once approved', async () => {
    const { id } = await submitted('critical_illness_mutual_aid')
    const approved = await inTx(db, (deps) =>
      decide(deps, {
        applicationId: id,
        decision: 'approve',
        actor: 'slack:U1',
        reason: '材料齐全',
      }),
    )
    expect(approved.ok).toBe(true)
    const withdrawn = await inTx(db, (deps) =>
      moveApplication(deps, { applicationId: id, to: 'withdrawn', actor: 'worker' }),
    )
    expect(withdrawn).toMatchObject({ ok: false, code: 'illegal_transition', from: 'approved' })
  })

  it('approved in one decision walks the remaining stages, each recorded with the reason sealed', async () => {
    const { id } = await submitted('monthly_living_subsidy')
    await inTx(db, (deps) =>
      decide(deps, {
        applicationId: id,
        decision: 'approve',
        actor: 'slack:U9',
        reason: '家访已核实',
      }),
    )
    const history = await db.prisma.applicationEvent.findMany({
      where: { applicationId: id },
      orderBy: { id: 'asc' },
    })
    expect(history.map((event) => event.toStatus)).toEqual([
      'draft',
      'submitted',
      'initial_review',
      'home_visit',
      'public_notice',
      'approved',
    ])
    const raw = await db.prisma.$queryRaw<{ reason: string | null }[]>`
      SELECT reason FROM application_events WHERE application_id = ${id}::uuid`
    expect(raw.some((row) => row.reason?.includes('家访'))).toBe(false)
  })

  it('pauses for a requested document and resumes at the stage it left', async () => {
    const { id } = await submitted('critical_illness_mutual_aid')
    await inTx(db, (deps) =>
      moveApplication(deps, { applicationId: id, to: 'initial_review', actor: 'slack:U1' }),
    )
    const asked = await inTx(db, (deps) =>
      requestDocument(deps, { applicationId: id, docType: 'hospital_invoice', actor: 'slack:U1' }),
    )
    expect(asked.ok).toBe(true)
    const paused = await db.prisma.application.findUniqueOrThrow({ where: { id } })
    expect([paused.status, paused.resumeTo]).toEqual(['needs_info', 'initial_review'])

    const back = await inTx(db, (deps) =>
      moveApplication(deps, { applicationId: id, to: 'initial_review', actor: 'worker' }),
    )
    expect(back.ok).toBe(true)
    const unknown = await inTx(db, (deps) =>
      requestDocument(deps, { applicationId: id, docType: 'selfie', actor: 'slack:U1' }),
    )
    expect(unknown).toEqual({ ok: false, code: 'unknown_document' })
  })

  it('answers an id that is not an application as not found, not with a database error', async () => {
    const result = await inTx(db, (deps) =>
      moveApplication(deps, { applicationId: "x' OR 1=1", to: 'submitted', actor: 'worker' }),
    )
    expect(result).toEqual({ ok: false, code: 'not_found' })
  })

  it('lets only one of two caseworkers deciding at once win', async () => {
    const { id } = await submitted('medical_aid')
    const [a, b] = await Promise.all([
      inTx(db, (deps) =>
        decide(deps, { applicationId: id, decision: 'approve', actor: 'slack:A', reason: 'ok' }),
      ),
      inTx(db, (deps) =>
        decide(deps, { applicationId: id, decision: 'reject', actor: 'slack:B', reason: 'no' }),
      ),
    ])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    const decisions = await db.prisma.applicationEvent.count({
      where: { applicationId: id, toStatus: { in: ['approved', 'rejected'] } },
    })
    expect(decisions).toBe(1)
  })
})
