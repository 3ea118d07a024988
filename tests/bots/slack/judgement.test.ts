import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApplication } from '../../../src/core/applications/start.ts'
import { moveApplication } from '../../../src/core/applications/transition.ts'
import { referForJudgement } from '../../../src/core/cases/refer-for-judgement.ts'
import { CASE_CHANNEL, CaseworkHarness } from '../../support/slack-harness.ts'

describe('an application the rules cannot settle', () => {
  let harness: CaseworkHarness
  beforeAll(async () => {
    harness = await CaseworkHarness.start()
  })
  afterAll(() => harness.close())

  it('is referred to caseworkers: a card about that application, saying why', async () => {
    const chat = await harness.telegram.chat().agreeToAll()
    const { container } = harness.telegram
    const { prisma } = container.db
    const worker = await prisma.worker.findFirstOrThrow({
      where: { externalId: String(chat.chatId) },
    })
    const referred = await prisma.$transaction(async (tx) => {
      const deps = { tx, cipher: container.cipher, forms: container.forms, now: () => new Date() }
      const started = await startApplication(
        { ...deps, policy: container.policy },
        worker,
        'medical_aid',
      )
      if (!started.ok) throw new Error(started.code)
      await moveApplication(deps, {
        applicationId: started.application.id,
        to: 'submitted',
        actor: 'worker',
      })
      return referForJudgement(tx, {
        workerId: worker.id,
        programmeId: 'medical_aid',
        applicationId: started.application.id,
        now: new Date(),
      })
    })
    expect(referred.kind).toBe('opened')
    const card = await harness.slackApi.waitFor(() =>
      harness.slackApi
        .channelMessages(CASE_CHANNEL)
        .find((m) => m.text.includes(referred.case.reference)),
    )
    const shown = JSON.stringify(card.blocks)
    expect(shown).toContain('a result needs a caseworker’s judgement')
    expect(shown).toMatch(/BF-\d{4}-\d+ · 医疗救助/)
  })
})
