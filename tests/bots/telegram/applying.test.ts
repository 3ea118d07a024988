import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenLaoZheng, together } from '../../support/applying.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

let harness: Harness
beforeAll(async () => {
  harness = await Harness.start()
})
afterAll(async () => {
  await harness.close()
})

async function applicationOf(chat: WorkerChat) {
  const worker = await harness.db.prisma.worker.findFirstOrThrow({
    where: { externalId: String(chat.chatId) },
  })
  return harness.db.prisma.application.findMany({
    where: { workerId: worker.id },
    include: { documents: { orderBy: { createdAt: 'asc' } } },
  })
}

describe('老郑 applies for medical aid in chat', () => {
  it('screens, applies from his result, sends an album of invoices and a PDF, corrects an amount, submits and sees it in /status', async () => {
    const chat = await screenLaoZheng(harness)
    expect(chat.lastText()).toContain('医疗救助补贴：约 9,000–15,000 元')

    // Screening already knows every fact the form reuses: straight to the documents.
    const started = await chat.tap('📝 申请：医疗救助补贴')
    expect(started).toHaveLength(1)
    const reference = /BF-\d{4}-\d{6}/.exec(started[0]?.text ?? '')?.[0] ?? ''
    expect(reference).not.toBe('')
    expect(started[0]?.text).toBe(
      [
        `📝 开始申请「医疗救助补贴」（编号 ${reference}）。先补几个问题，再上传材料，最后核对提交。`,
        '',
        '（材料 1/3）',
        '请上传：医疗费用发票或收费单据（可多张）',
        '拍照或发 PDF 都可以，一次可以选多张一起发。',
      ].join('\n'),
    )
    expect(chat.buttons()).toEqual(['🙋 找工作人员', '稍后再继续'])

    // Three invoice photos as one album: one acknowledgement.
    const album = await together(harness, chat, () =>
      [1, 2, 3].map((n) =>
        chat.api.sendPhoto(chat.chatId, {
          fileId: `invoice-${n}`,
          size: 800_000,
          mediaGroupId: 'album-zheng',
        }),
      ),
    )
    expect(album.map((message) => message.text)).toEqual([
      '✓ 收到「医疗费用发票或收费单据」。还有就接着发，发完点「好了，下一项」。',
    ])

    const second = await chat.tap('✅ 好了，下一项')
    expect(second.map((message) => message.text)).toEqual([
      [
        '✓ 医疗费用发票或收费单据：已收到 3 个文件',
        '',
        '（材料 2/3）',
        '请上传：出院小结',
        '拍照或发 PDF 都可以，一次可以选多张一起发。',
      ].join('\n'),
    ])

    const pdf = await chat.act(() =>
      chat.api.sendDocument(chat.chatId, {
        fileName: '出院小结.pdf',
        mimeType: 'application/pdf',
        fileId: 'discharge-1',
        size: 350_000,
      }),
    )
    expect(pdf.map((message) => message.text)).toEqual([
      [
        '✓ 已收到：出院小结',
        '',
        '（材料 3/3）',
        '请上传：医保结算单（没有可以跳过）',
        '拍照或发 PDF 都可以，一次可以选多张一起发。',
      ].join('\n'),
    ])

    const summary = await chat.tap('⏭ 没有，跳过')
    const summaryText = (amount: string) =>
      [
        `请核对您的申请：「医疗救助补贴」（编号 ${reference}）`,
        '',
        '回答：',
        '1. 家庭人口：3',
        '2. 家庭月收入：5,400',
        '3. 生病或住院：家人住院了',
        '4. 医保：参加了',
        `5. 今年自付医疗费：${amount}`,
        '',
        '材料：',
        '1. 医疗费用发票或收费单据 × 3',
        '2. 出院小结 × 1',
        '3. 医保结算单 × 0',
        '',
        '要改回答点 ✏️ 和序号，要重传材料点 📎 和序号；都对了就点「提交申请」。',
      ].join('\n')
    expect(summary.map((message) => message.text)).toEqual([summaryText('30,000')])

    // He paid 28,000, not 30,000: ✏️ 5 asks the amount again, then the summary returns.
    const edit = await chat.tap('✏️ 5')
    expect(edit.map((message) => message.text)).toEqual([
      '（第 5/5 题）\n今年看病，医保报销以后自己花了多少钱？（大概数就行）',
    ])
    const corrected = await chat.say('28000')
    expect(corrected.map((message) => message.text)).toEqual([summaryText('28,000')])

    const submitted = await chat.tap('✅ 提交申请')
    expect(submitted.map((message) => message.text)).toEqual([
      [
        '✅ 已提交！',
        `「医疗救助补贴」申请编号：${reference}`,
        '接下来：初审 → 公示 → 已批准。每一步有结果都会在这里通知您，随时发 /status 查看进度。',
      ].join('\n'),
    ])

    const status = await chat.command('status')
    expect(status[0]?.text).toContain(`1. 医疗救助补贴（${reference}）`)
    expect(status[0]?.text).toContain('状态：已提交')
    expect(status[0]?.text).toContain('下一步：等待审核（初审 → 公示 → 已批准）')
    expect(chat.buttons()).toEqual(['↩️ 撤回 1'])

    const [application] = await applicationOf(chat)
    expect(application?.status).toBe('submitted')
    expect(application?.reference).toBe(reference)
    const answers = harness.container.cipher.openJson<Record<string, unknown>>(
      application?.answers ?? '',
    )
    expect(answers.medicalOutOfPocket).toBe(28000)
    expect(application?.documents.map((doc) => [doc.docType, doc.groupId, doc.mimeType])).toEqual([
      ['hospital_invoice', 'album-zheng', 'image/jpeg'],
      ['hospital_invoice', 'album-zheng', 'image/jpeg'],
      ['hospital_invoice', 'album-zheng', 'image/jpeg'],
      ['discharge_summary', null, 'application/pdf'],
    ])
    // Telegram's handles, never the bytes; the file name is sealed.
    const discharge = application?.documents[3]
    expect(discharge?.fileId).toBe('discharge-1')
    expect(discharge?.fileName).not.toContain('出院')
    expect(harness.container.cipher.open(discharge?.fileName ?? '')).toBe('出院小结.pdf')
  })
})
