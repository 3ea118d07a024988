import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { workerOf } from '../../support/stored.ts'
import type { SentMessage } from '../../support/telegram/chat-log.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

let harness: Harness
beforeAll(async () => {
  harness = await Harness.start()
})
afterAll(() => harness.close())

const texts = (sent: SentMessage[]) => sent.map((message) => message.text ?? '')

/** 老郑's screening from the stories: father in hospital, 30,000 yuan paid out of pocket. */
async function screenedLikeLaoZheng(): Promise<WorkerChat> {
  const chat = await harness.chat().agreeToAll()
  for (const answer of ['3', '5400', '自己的房子', '都没有', '家人住院了', '选好了', '参加了'])
    await chat.answer(answer)
  for (const answer of ['3万', '是，减少了', '0', '暂时不需要']) await chat.answer(answer)
  return chat
}

async function applications(chat: WorkerChat) {
  const worker = await workerOf(harness, chat)
  return harness.db.prisma.application.findMany({
    where: { workerId: worker?.id ?? '' },
    include: { documents: true },
  })
}

function photo(chat: WorkerChat, fileId: string, mediaGroupId?: string) {
  return chat.act(() =>
    chat.api.sendPhoto(chat.chatId, {
      fileId,
      size: 180_000,
      ...(mediaGroupId ? { mediaGroupId } : {}),
    }),
  )
}

function document(chat: WorkerChat, fileName: string, mimeType: string, size = 300_000) {
  return chat.act(() =>
    chat.api.sendDocument(chat.chatId, { fileName, mimeType, size, fileId: `doc-${fileName}` }),
  )
}

/** From the result to the first document question of a medical-aid application. */
async function startMedicalAid(chat: WorkerChat) {
  await chat.tap('医疗救助补贴')
  return chat.tap('申请这一项')
}

describe('老郑 applies for medical aid in the chat', () => {
  it('uploads an album of invoices and a PDF, corrects his costs on the summary, submits and sees it in /status', async () => {
    const chat = await screenedLikeLaoZheng()

    const opened = texts(await startMedicalAid(chat))
    expect(opened.join('\n')).toMatch(/开始申请「医疗救助补贴」，申请编号 BF-2026-\d{6}/)
    // Screening already knows his household, income, illness and costs: nothing is asked again.
    expect(opened.join('\n')).toContain('请上传：医疗费用发票或收费单据')

    const album = [
      ...(await photo(chat, 'invoice-1', 'album-1')),
      ...(await photo(chat, 'invoice-2', 'album-1')),
      ...(await photo(chat, 'invoice-3', 'album-1')),
    ]
    expect(album).toHaveLength(1)
    expect(album[0]?.text).toContain('收到「医疗费用发票或收费单据」')
    expect(album[0]?.text).toContain('这一组照片会作为一份材料一起保存')

    const next = texts(await chat.tap('传好了'))
    expect(next.join('\n')).toContain('请上传：出院小结')
    const pdf = texts(await document(chat, '出院小结.pdf', 'application/pdf'))
    expect(pdf.join('\n')).toContain('收到「出院小结」')
    await chat.tap('传好了')
    const optional = chat.lastText()
    expect(optional).toContain('可以上传：医保结算单')
    const summary = texts(await chat.tap('跳过这一项')).join('\n')
    expect(summary).toContain('请核对「医疗救助补贴」的申请')
    expect(summary).toContain('今年自付医疗费：30,000')
    expect(summary).toContain('医疗费用发票或收费单据：3 个文件')
    expect(summary).toContain('出院小结：1 个文件')

    // He remembers the hospital refunded part of it: 28,000, not 30,000.
    const editButton = chat.buttons().find((label) => label.startsWith('✏️ 5'))
    expect(editButton).toBeDefined()
    const question = texts(await chat.tap(editButton as string)).join('\n')
    expect(question).toContain('自己花了多少钱')
    const corrected = texts(await chat.say('28000')).join('\n')
    expect(corrected).toContain('今年自付医疗费：28,000')

    const submitted = texts(await chat.tap('提交申请')).join('\n')
    expect(submitted).toMatch(/申请已提交！编号 BF-2026-\d{6}（医疗救助补贴），状态：已提交/)
    expect(submitted).toContain('初审 → 公示')

    const status = texts(await chat.command('status')).join('\n')
    const [stored] = await applications(chat)
    expect(status).toContain(`${stored?.reference} · 医疗救助补贴`)
    expect(status).toContain('状态：已提交')
    expect(stored?.status).toBe('submitted')
    expect(stored?.documents.map((row) => row.docType).sort()).toEqual([
      'discharge_summary',
      'hospital_invoice',
      'hospital_invoice',
      'hospital_invoice',
    ])
    const answers = harness.container.cipher.openJson<{ facts: Record<string, unknown> }>(
      stored?.answers ?? '',
    )
    expect(answers.facts.medicalOutOfPocket).toBe(28_000)
  })

  it('keeps a file sent in the middle of a question, then asks which document it is', async () => {
    const chat = await screenedLikeLaoZheng()
    await chat.tap('医疗救助补贴')
    // A photo before he has applied has nowhere to go, and is not kept.
    const early = texts(await photo(chat, 'too-early')).join('\n')
    expect(early).toContain('没有正在填写的申请')
    expect(await applications(chat)).toHaveLength(0)

    await chat.tap('申请这一项')
    await photo(chat, 'invoice')
    await chat.tap('传好了')
    await document(chat, 'summary.pdf', 'application/pdf')
    await chat.tap('传好了')
    await chat.tap('跳过这一项')
    await chat.tap(chat.buttons().find((label) => label.startsWith('✏️ 5')) as string)

    // Mid-question he sends the insurance statement: kept aside, and the question comes again.
    const aside = texts(await photo(chat, 'settlement')).join('\n')
    expect(aside).toContain('先帮您保存着')
    expect(aside).toContain('自己花了多少钱')
    const sort = texts(await chat.say('28000')).join('\n')
    expect(sort).toContain('您之前发来的 1 个文件，是下面哪一份材料？')
    const summary = texts(await chat.tap('医保结算单')).join('\n')
    expect(summary).toContain('医保结算单：1 个文件')
    const [draft] = await applications(chat)
    expect(draft?.documents.map((row) => row.docType).sort()).toEqual([
      'discharge_summary',
      'hospital_invoice',
      'insurance_settlement',
    ])
  })
})

describe('refused inputs on an application', () => {
  let chat: WorkerChat
  beforeAll(async () => {
    chat = await screenedLikeLaoZheng()
    await startMedicalAid(chat)
  })

  it('a 30 MB file is refused with the limit named, and nothing is stored', async () => {
    const reply = texts(await document(chat, '发票.pdf', 'application/pdf', 30 * 1_048_576))
    expect(reply.join('\n')).toContain('这个文件有 30.0 MB，太大了，最大只能 20 MB')
    const [draft] = await applications(chat)
    expect(draft?.documents).toHaveLength(0)
  })

  it('a program file is refused, even one that calls itself a PDF', async () => {
    const exe = texts(await document(chat, 'setup.exe', 'application/x-msdownload'))
    expect(exe.join('\n')).toContain('「setup.exe」这种文件收不了')
    const disguised = texts(await document(chat, 'invoice.exe', 'application/pdf'))
    expect(disguised.join('\n')).toContain('收不了')
    const [draft] = await applications(chat)
    expect(draft?.documents).toHaveLength(0)
  })

  it('a sticker sent as a file is refused; a sticker message gets a kind word', async () => {
    const asFile = texts(await document(chat, 'sticker.webp', 'image/webp', 24_000))
    expect(asFile.join('\n')).toContain('收不了')
    const sticker = texts(await chat.act(() => chat.api.sendSticker(chat.chatId)))
    expect(sticker.join('\n')).not.toBe('')
    const [draft] = await applications(chat)
    expect(draft?.documents).toHaveLength(0)
    expect(draft?.status).toBe('draft')
  })

  it('applying again for a programme already applied for shows the first application instead', async () => {
    const [first] = await applications(chat)
    await photo(chat, 'inv-a')
    await chat.tap('传好了')
    await document(chat, 'summary.pdf', 'application/pdf')
    await chat.tap('传好了')
    await chat.tap('跳过这一项')
    await chat.tap('提交申请')

    await chat.command('menu')
    await chat.tap('我的上次结果')
    const again = texts(await startMedicalAid(chat)).join('\n')
    expect(again).toContain(`您已经申请过「医疗救助补贴」（编号 ${first?.reference}）`)
    expect(again).toContain('已提交')
    expect(await applications(chat)).toHaveLength(1)
  })

  it('a document for an application no longer being filled in changes nothing', async () => {
    // The upload button of the now submitted draft, tapped from an old message.
    const [submitted] = await applications(chat)
    const reply = texts(
      await chat.act(() =>
        chat.api.tapButton(chat.chatId, `ap:done:${submitted?.reference}`, chat.last().messageId),
      ),
    ).join('\n')
    expect(reply).toContain(`这个按钮属于申请 ${submitted?.reference}，它现在已经不在填写中`)
    const file = texts(await photo(chat, 'stray')).join('\n')
    expect(file).toContain('没有正在填写的申请，这个文件没有保存')
    const [after] = await applications(chat)
    expect(after?.documents).toHaveLength(2)
    expect(after?.status).toBe('submitted')
  })

  it('an approved application cannot be withdrawn', async () => {
    const [application] = await applications(chat)
    await harness.db.prisma.application.update({
      where: { id: application?.id ?? '' },
      data: { status: 'approved' },
    })
    const reply = texts(
      await chat.act(() =>
        chat.api.tapButton(chat.chatId, `ap:wdy:${application?.reference}`, chat.last().messageId),
      ),
    ).join('\n')
    expect(reply).toContain('已经是「已批准」，不能再撤回了')
    const [after] = await applications(chat)
    expect(after?.status).toBe('approved')
  })

  it('an undecided application is withdrawn after confirmation', async () => {
    const other = await screenedLikeLaoZheng()
    await other.tap('临时生活补贴')
    await other.tap('申请这一项')
    await other.command('status')
    await other.tap(/撤回/)
    const done = texts(await other.tap('确定撤回')).join('\n')
    expect(done).toMatch(/申请 BF-2026-\d{6} 已撤回/)
    const [withdrawn] = await applications(other)
    expect(withdrawn?.status).toBe('withdrawn')
  })
})
