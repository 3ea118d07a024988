import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApplication } from '../../../src/core/applications/start.ts'
import { moveApplication } from '../../../src/core/applications/transition.ts'
import { SlackPerson } from '../../support/slack/caseworker.ts'
import { CASE_CHANNEL, CaseworkHarness, WANG } from '../../support/slack-harness.ts'

describe('老陈 asks for a person and a caseworker helps him from Slack', () => {
  let harness: CaseworkHarness
  beforeAll(async () => {
    harness = await CaseworkHarness.start()
  })
  afterAll(() => harness.close())

  it('card, claim, a bill asked for and received, approval told in Chinese, closed and rated 5, every step audited', async () => {
    const { telegram, slackApi, sender } = harness
    const { prisma } = telegram.db
    const wang = new SlackPerson(WANG, sender, slackApi, CASE_CHANNEL)
    const chat = await telegram.chat().agreeToAll()
    const worker = await prisma.worker.findFirstOrThrow({
      where: { externalId: String(chat.chatId) },
    })
    const application = await submittedCriticalIllness(worker.id)

    // He asks for a person; the card appears with his alias and language, no phone number.
    const [recorded] = await chat.command('human')
    expect(recorded?.text).toContain('已经为您登记')
    const card = await slackApi.waitFor(() => slackApi.channelMessages(CASE_CHANNEL)[0])
    const found = await prisma.case.findFirstOrThrow({ where: { workerId: worker.id } })
    expect(JSON.stringify(card.blocks)).toContain(worker.alias)
    expect(JSON.stringify(card.blocks)).toContain('中文')
    expect(card.text).toContain(found.reference)

    // 王芳 claims it: he is told who is helping him; the card is redrawn in place.
    expect((await wang.press('case.claim', found.id, card.ts)).status).toBe(200)
    await chat.api.waitFor(() =>
      chat.api.messages(chat.chatId).some((m) => m.text?.includes('王芳已经接手')),
    )
    await slackApi.waitFor(() => JSON.stringify(card.blocks).includes('Claimed') && card.edits > 0)
    expect(slackApi.channelMessages(CASE_CHANNEL)).toHaveLength(1)

    // She asks for his dialysis bill in the thread and names the document in the modal.
    const asked = await wang.reply(card.ts, '陈师傅您好，请把透析的收费单拍照发给我。')
    await chat.api.waitFor(() =>
      chat.api
        .messages(chat.chatId)
        .some((m) => m.text === '王芳（工作人员）：陈师傅您好，请把透析的收费单拍照发给我。'),
    )
    await slackApi.waitFor(() =>
      slackApi.workspace.reactions.some((r) => r.ts === asked.ts && r.name === 'white_check_mark'),
    )
    await wang.press('case.request_info', found.id, card.ts)
    await slackApi.waitFor(() => slackApi.workspace.views[0])
    await wang.submit('case.request_info', found.id, {
      application: { value: { selected_option: { value: application.id } } },
      document: { value: { selected_option: { value: 'hospital_invoice' } } },
    })
    await chat.api.waitFor(() =>
      chat.api.messages(chat.chatId).some((m) => m.text?.includes('医疗费用发票或收费单据')),
    )

    // He sends a photo of the bill: it lands in the thread, filed for his application.
    await chat.act(() => chat.api.sendPhoto(chat.chatId, { fileId: 'dialysis-bill', size: 2048 }))
    const photo = await slackApi.waitFor(() =>
      slackApi.thread(CASE_CHANNEL, card.ts).find((m) => m.files?.length),
    )
    expect(photo.files?.[0]?.bytes.length).toBe(2048)
    expect(
      await prisma.applicationDocument.count({ where: { applicationId: application.id } }),
    ).toBe(1)

    // She approves with a reason; he is told in Chinese.
    await wang.press('case.approve', found.id, card.ts)
    await slackApi.waitFor(() => slackApi.workspace.views[1])
    await wang.submit('case.decide.approve', found.id, {
      application: { value: { selected_option: { value: application.id } } },
      reason: { value: { value: '透析费用属实，符合大病互助条件。' } },
    })
    const told = await chat.api.waitFor(() =>
      chat.api.messages(chat.chatId).find((m) => m.text?.includes('已经通过审核')),
    )
    expect(told.text).toContain('透析费用属实')
    expect(
      (await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status,
    ).toBe('approved')
    const line = `${application.reference} · 大病互助专项补贴 · approved · 材料：医疗费用发票或收费单据 ×1`
    await slackApi.waitFor(() => JSON.stringify(card.blocks).includes(line))

    // She closes the case; he rates the help 5.
    await wang.press('case.close', found.id, card.ts)
    await chat.api.waitFor(() =>
      chat.api.messages(chat.chatId).some((m) => m.text?.includes('请打个分')),
    )
    await chat.tap('5 分')
    expect(chat.lastText()).toContain('谢谢您的评分')
    const closed = await prisma.case.findUniqueOrThrow({ where: { id: found.id } })
    expect(closed).toMatchObject({ status: 'closed', rating: 5, ownerId: WANG })
    await slackApi.waitFor(() => JSON.stringify(card.blocks).includes('5/5'))

    const audit = await prisma.caseEvent.findMany({
      where: { caseId: found.id },
      orderBy: { id: 'asc' },
    })
    expect(audit.map((e) => e.action)).toEqual([
      'case.opened',
      'case.claimed',
      'document.requested',
      'document.received',
      'application.approved',
      'case.closed',
      'case.rated',
    ])
    expect(audit.filter((e) => e.actor === `slack:${WANG}`)).toHaveLength(4)
    const moves = await prisma.applicationEvent.findMany({
      where: { applicationId: application.id },
      orderBy: { id: 'asc' },
    })
    expect(moves.map((m) => m.toStatus)).toEqual([
      'draft',
      'submitted',
      'initial_review',
      'needs_info',
      'initial_review',
      'home_visit',
      'approved',
    ])
    expect(moves.at(-1)?.actor).toBe(`slack:${WANG}`)
  })

  async function submittedCriticalIllness(workerId: string) {
    const { container } = harness.telegram
    return container.db.prisma.$transaction(async (tx) => {
      const deps = { tx, cipher: container.cipher, forms: container.forms, now: () => new Date() }
      const started = await startApplication(
        { ...deps, policy: container.policy },
        { id: workerId },
        'critical_illness_mutual_aid',
      )
      if (!started.ok) throw new Error(`could not start: ${started.code}`)
      await moveApplication(deps, {
        applicationId: started.application.id,
        to: 'submitted',
        actor: 'worker',
      })
      await moveApplication(deps, {
        applicationId: started.application.id,
        to: 'initial_review',
        actor: 'system',
      })
      return started.application
    })
  }
})
