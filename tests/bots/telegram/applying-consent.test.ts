import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationsOf, pick, tapData } from '../../support/applying.ts'
import { storedFlow, workerOf } from '../../support/stored.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

let harness: Harness
beforeAll(async () => {
  harness = await Harness.start()
})
afterAll(async () => {
  await harness.close()
})

const opened = (sealed: string) =>
  harness.container.conversation.cipher.openJson<Record<string, unknown>>(sealed)

/** 小吴, household of 3 on 1,500 a month, at the first document of the living subsidy. */
async function livingSubsidyDraft(): Promise<WorkerChat> {
  const chat = await harness.chat().agreeToAll()
  await tapData(chat, 'a:p:monthly_living_subsidy')
  await chat.answer('3')
  await chat.answer('1500')
  await pick(chat)
  expect(chat.lastText()).toContain('请上传：')
  return chat
}

/** A household of 3 applying for the discount shop on `income` a month, at the summary. */
async function discountShopSummary(income: string): Promise<WorkerChat> {
  const chat = await harness.chat().agreeToAll()
  await tapData(chat, 'a:p:discount_shop')
  await chat.answer('3')
  await chat.answer(income)
  expect(chat.lastText()).toContain('请核对您的申请：「惠民生活专区」')
  return chat
}

describe('withdrawing sensitive consent while applying', () => {
  it('clears the draft’s income answers, files and flow; carrying on asks for consent again first', async () => {
    const chat = await livingSubsidyDraft()
    await chat.act(() =>
      chat.api.sendPhoto(chat.chatId, { fileId: `proof-${chat.chatId}`, size: 5000 }),
    )
    const [draft] = await applicationsOf(harness, chat)
    expect(opened(draft?.answers ?? '')).toMatchObject({ monthlyIncome: 1500 })
    const files = { where: { applicationId: draft?.id ?? '' } }
    expect(await harness.db.prisma.applicationDocument.count(files)).toBe(1)

    await chat.command('privacy')
    const [reply] = await chat.tap('撤回敏感信息同意')
    expect(reply?.text?.split('\n')[0]).toBe('已撤回敏感信息同意，您的收入、健康和子女信息已删除。')
    expect(reply?.text).not.toContain('已提交')
    const [cleared] = await applicationsOf(harness, chat)
    expect(cleared?.status).toBe('draft')
    expect(opened(cleared?.answers ?? '')).toEqual({})
    expect(await harness.db.prisma.applicationDocument.count(files)).toBe(0)
    expect(await storedFlow(harness, chat)).toBeUndefined()

    // The old summary's submit button cannot send a draft with no answers.
    const submitted = await tapData(chat, `a:s:${draft?.id}`)
    expect(submitted[0]?.text).toContain('您同意我们处理这些信息吗')
    expect((await applicationsOf(harness, chat))[0]?.status).toBe('draft')

    const typed = await chat.say('我想申请困难职工生活补贴')
    expect(typed[0]?.text).toContain('您同意我们处理这些信息吗')
    expect(typed[0]?.text).not.toContain('收入是多少')
    const agreed = await chat.tap('同意，开始提问')
    expect(agreed[0]?.text).toMatch(/^📝 接着填写「困难职工生活补贴」/)
    expect(agreed[0]?.text).toContain('几口人')
  })

  it('says truthfully that a submitted application keeps its answers until decided', async () => {
    const chat = await discountShopSummary('4500')
    await chat.tap('✅ 提交申请')
    expect(chat.lastText()).toContain('✅ 已提交！')

    await chat.command('privacy')
    const [reply] = await chat.tap('撤回敏感信息同意')
    expect(reply?.text).toContain(
      '已提交、还在审核中的 1 份申请会保留提交时的回答，直到有结果。想撤回申请可以发 /status，想删除全部信息可以发 /delete。',
    )
    const [sent] = await applicationsOf(harness, chat)
    expect(sent?.status).toBe('submitted')
    expect(opened(sent?.answers ?? '')).toMatchObject({ householdSize: 3, monthlyIncome: 4500 })
  })
})

describe('an answer corrected on the summary is checked again', () => {
  it('income raised above the hardship line stops submission, names the criterion, offers a person and ✏️', async () => {
    const chat = await discountShopSummary('3000')
    await chat.tap('✏️ 2')
    const summary = await chat.answer('12000')
    expect(summary.at(-1)?.text).toContain('12,000')

    const refused = await chat.tap('✅ 提交申请')
    expect(refused[0]?.text).toContain(
      '按您现在的回答，「惠民生活专区」不符合这些条件，所以还没有提交：',
    )
    expect(refused[0]?.text).toMatch(/✗ .*3,000/)
    expect(chat.buttons()).toEqual(['🙋 找工作人员', '✏️ 1', '✏️ 2'])
    expect((await applicationsOf(harness, chat))[0]?.status).toBe('draft')

    // The profile holds the corrected figure: a new form starts from it.
    const worker = await workerOf(harness, chat)
    const profile = await harness.db.prisma.profile.findUniqueOrThrow({
      where: { workerId: worker?.id ?? '' },
    })
    expect(opened(profile.facts)).toMatchObject({ householdSize: 3, monthlyIncome: 12000 })

    // Corrected back, it goes.
    await chat.tap('✏️ 2')
    await chat.answer('3000')
    await chat.tap('✅ 提交申请')
    expect(chat.lastText()).toContain('✅ 已提交！')
  })
})

describe('a worker without the paper, or without a camera', () => {
  it('the document step offers a person, also after typing “我没有发票”', async () => {
    const chat = await livingSubsidyDraft()
    expect(chat.buttons()).toEqual(['🙋 找工作人员', '稍后再继续'])
    const typed = await chat.say('我没有发票')
    expect(typed[0]?.text).toContain('这一步需要照片或文件哦。')
    expect(chat.buttons()).toEqual(['🙋 找工作人员', '稍后再继续'])
    await chat.tap('🙋 找工作人员')
    const worker = await workerOf(harness, chat)
    const opened = await harness.db.prisma.case.findFirst({ where: { workerId: worker?.id ?? '' } })
    expect(opened?.programmeId).toBe('monthly_living_subsidy')
  })
})
