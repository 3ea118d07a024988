import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decide } from '../../../src/core/applications/decide.ts'
import { requestDocument } from '../../../src/core/applications/request-document.ts'
import { moveApplication } from '../../../src/core/applications/transition.ts'
import {
  applicationsOf,
  asStaff,
  pick,
  screenLaoZheng,
  tapData,
  together,
} from '../../support/applying.ts'
import { storedFlow } from '../../support/stored.ts'
import { Harness, type WorkerChat } from '../../support/telegram-harness.ts'

let harness: Harness
beforeAll(async () => {
  harness = await Harness.start()
})
afterAll(async () => {
  await harness.close()
})

/** 老郑 at the first document of his medical aid application. */
async function atInvoices(): Promise<WorkerChat> {
  const chat = await screenLaoZheng(harness)
  await chat.tap('📝 申请：医疗救助补贴')
  expect(chat.lastText()).toContain('请上传：医疗费用发票或收费单据（可多张）')
  return chat
}

/** 老郑 with a submitted medical aid application. */
async function submitted(): Promise<WorkerChat> {
  const chat = await atInvoices()
  await chat.act(() =>
    chat.api.sendPhoto(chat.chatId, { fileId: `inv-${chat.chatId}`, size: 5000 }),
  )
  await chat.tap('✅ 好了，下一项')
  await chat.act(() =>
    chat.api.sendDocument(chat.chatId, {
      fileName: 'discharge.pdf',
      mimeType: 'application/pdf',
      fileId: `dis-${chat.chatId}`,
    }),
  )
  await chat.tap('⏭ 没有，跳过')
  await chat.tap('✅ 提交申请')
  expect(chat.lastText()).toContain('✅ 已提交！')
  return chat
}

const texts = (messages: { text?: string | undefined }[]) => messages.map((message) => message.text)

describe('files the assistant refuses, kindly, keeping nothing', () => {
  it('a 30 MB scan is refused naming the 20 MB limit, and nothing is stored', async () => {
    const chat = await atInvoices()
    const sent = await chat.act(() =>
      chat.api.sendDocument(chat.chatId, {
        fileName: 'scan.pdf',
        mimeType: 'application/pdf',
        fileId: 'big-scan',
        size: 30 * 1024 * 1024,
      }),
    )
    expect(texts(sent)).toEqual([
      '这个文件有 30 MB，超过了 20 MB 的上限，没有保存。请拍照发送，或把 PDF 分成几份再发。',
    ])
    const [application] = await applicationsOf(harness, chat)
    expect(application?.documents).toEqual([])
  })

  it('an .exe is refused by name, and nothing is stored', async () => {
    const chat = await atInvoices()
    const sent = await chat.act(() =>
      chat.api.sendDocument(chat.chatId, {
        fileName: 'invoice.exe',
        mimeType: 'application/x-msdownload',
        fileId: 'virus',
      }),
    )
    expect(texts(sent)).toEqual([
      '「invoice.exe」这种文件收不了，没有保存。请发照片（JPG、PNG、HEIC、WebP）或 PDF。',
    ])
    const [application] = await applicationsOf(harness, chat)
    expect(application?.documents).toEqual([])
  })

  it('a sticker, sent as a .webp file or as a sticker, is no document and nothing is stored', async () => {
    const chat = await atInvoices()
    const asFile = await chat.act(() =>
      chat.api.sendDocument(chat.chatId, {
        fileName: 'sticker.webp',
        mimeType: 'image/webp',
        fileId: 'sticker-file',
        size: 20_000,
      }),
    )
    expect(texts(asFile)).toEqual(['这是表情贴纸，不能当材料，没有保存 😊 请拍照或发 PDF。'])

    const asSticker = await chat.act(() => chat.api.sendSticker(chat.chatId))
    expect(asSticker[0]?.text).toContain('表情贴纸不能当材料哦 😊 请拍照或发文件。')
    expect(asSticker[0]?.text).toContain('请上传：医疗费用发票或收费单据（可多张）')

    const [application] = await applicationsOf(harness, chat)
    expect(application?.documents).toEqual([])
  })

  it('a file sent with no application being filled in is refused and not kept', async () => {
    const chat = await screenLaoZheng(harness)
    const sent = await chat.act(() =>
      chat.api.sendPhoto(chat.chatId, { fileId: 'stray-photo', size: 5000 }),
    )
    expect(texts(sent)).toEqual([
      '您现在没有正在填写的申请，这个文件没有保存。想申请的话，先在查询结果里点「📝 申请」；已提交的申请可以发 /status 查看。',
    ])
    expect(await applicationsOf(harness, chat)).toEqual([])
    const kept = await harness.db.prisma.applicationDocument.count({
      where: { fileId: 'stray-photo' },
    })
    expect(kept).toBe(0)
  })

  it("an old upload button of another programme's application does nothing to it and says so", async () => {
    const chat = await submitted()
    const [medical] = await applicationsOf(harness, chat)
    // Now filling in the temporary subsidy; a stale "done, next" of the medical aid draft is tapped.
    await chat.tap('📝 申请：临时生活补贴')
    expect(chat.lastText()).toContain('请上传：住院、事故或受灾证明（可多张）')
    const sent = await tapData(chat, `a:n:${medical?.id}`)
    expect(texts(sent)).toEqual([
      `这个按钮是「医疗救助补贴」申请（编号 ${medical?.reference}）的，不是您现在正在填写的那一项，所以没有操作。发 /status 可以看所有申请。`,
    ])
    const continued = await tapData(chat, `a:d:${medical?.id}`)
    expect(texts(continued)).toEqual([
      `「医疗救助补贴」申请（编号 ${medical?.reference}）现在是「已提交」，不能再修改或上传材料了。`,
    ])
    const [after] = await applicationsOf(harness, chat)
    expect(after?.status).toBe('submitted')
    expect(after?.documents).toHaveLength(2)
  })
})

describe('applications the assistant refuses', () => {
  it('a second application for the same programme is refused with the first one’s reference and status', async () => {
    const chat = await submitted()
    const sent = await chat.tap('📝 申请：医疗救助补贴')
    const [application] = await applicationsOf(harness, chat)
    expect(texts(sent)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^您已经申请过「医疗救助补贴」了：编号 ${application?.reference}，已提交（\\d{4}-\\d{2}-\\d{2}）。不用重复申请，可以随时查看进度。$`,
        ),
      ),
    ])
    expect(chat.buttons()).toEqual(['📋 我的申请'])
    expect(await applicationsOf(harness, chat)).toHaveLength(1)
  })

  it('withdrawing an approved application is refused by the domain and explained; it stays approved', async () => {
    const chat = await submitted()
    const [application] = await applicationsOf(harness, chat)
    const id = application?.id ?? ''
    await asStaff(harness, (deps) =>
      decide(deps, { applicationId: id, decision: 'approve', actor: 'slack:U1', reason: 'ok' }),
    )

    const status = await chat.command('status')
    expect(status[0]?.text).toContain('状态：已批准')
    expect(chat.buttons()).toEqual([])

    await tapData(chat, `a:w:${id}`)
    const sent = await chat.tap('是，撤回')
    expect(texts(sent)).toEqual([
      `「医疗救助补贴」申请（编号 ${application?.reference}）已经是「已批准」，有了结果就不能撤回了。有疑问可以请工作人员帮您。`,
    ])
    const [after] = await applicationsOf(harness, chat)
    expect(after?.status).toBe('approved')
  })

  it('an undecided application is withdrawn after confirmation', async () => {
    const chat = await submitted()
    await chat.command('status')
    const ask = await chat.tap('↩️ 撤回 1')
    expect(ask[0]?.text).toMatch(/^确定撤回「医疗救助补贴」申请（编号 BF-\d{4}-\d{6}）吗？/)
    const done = await chat.tap('是，撤回')
    expect(done[0]?.text).toMatch(/^已撤回「医疗救助补贴」申请/)
    const [after] = await applicationsOf(harness, chat)
    expect(after?.status).toBe('withdrawn')
  })

  it('a programme screening found him not eligible for is explained criterion by criterion, with a person offered', async () => {
    const chat = await screenLaoZheng(harness)
    const sent = await tapData(chat, 'a:p:monthly_living_subsidy')
    expect(sent[0]?.text).toContain('按您上次查询的回答，「困难职工生活补贴」暂不符合这些条件：')
    expect(sent[0]?.text).toMatch(/✗ .*1,500/)
    expect(chat.buttons()).toEqual(['🙋 找工作人员', '✏️ 修改回答'])
    expect(await applicationsOf(harness, chat)).toEqual([])
  })

  it('an event is signed up for, not applied for', async () => {
    const chat = await screenLaoZheng(harness)
    const sent = await tapData(chat, 'a:p:summer_camp')
    expect(sent[0]?.text).toMatch(/^「.*」是活动，不用填申请，按报名方式参加：/)
    expect(await applicationsOf(harness, chat)).toEqual([])
  })

  it('a form question that rules the application out stops it with its reason', async () => {
    const chat = await harness.chat().agreeToAll()
    await tapData(chat, 'a:p:education_subsidy')
    await chat.answer('4')
    await chat.answer('4000')
    await chat.answer('1')
    await pick(chat, '高中 / 中职')
    const refused = await chat.tap('是，已经拿到了')
    expect(texts(refused)).toEqual([
      '同一学年已获其他资助的，不能再申请教育补贴，这次申请先不继续了。如果情况不是这样，可以请工作人员帮您确认。',
    ])
    const [application] = await applicationsOf(harness, chat)
    expect(application?.status).toBe('withdrawn')
  })
})

describe('nothing the worker sends is lost', () => {
  it('a photo sent while answering questions is kept and sorted at the documents step', async () => {
    const chat = await harness.chat().agreeToAll()
    await tapData(chat, 'a:p:temporary_living_subsidy')
    const early = await chat.act(() =>
      chat.api.sendPhoto(chat.chatId, { fileId: 'early-proof', size: 5000 }),
    )
    expect(early[0]?.text).toMatch(
      /^✓ 文件先替您存着，到上传材料那一步再问是哪种。\n\n（第 1\/\d 题）/,
    )
    const [opened] = await applicationsOf(harness, chat)
    await chat.answer('3')
    // Every answer is a step on the draft: idle-draft reminders count from the newest.
    const [answered] = await applicationsOf(harness, chat)
    expect(answered?.lastActivityAt.getTime()).toBeGreaterThan(
      opened?.lastActivityAt.getTime() ?? 0,
    )
    await chat.answer('2000')
    await pick(chat)
    await pick(chat, '家人住院了')
    const sorted = await chat.answer('是，减少了').then(() => chat.lastText())
    expect(sorted).toBe('您之前发来的 1 个文件，是哪一种材料？')
    const after = await chat.tap('住院、事故或受灾证明')
    expect(after[0]?.text).toContain('已收到 1 个文件。还有就接着发。')
    const [application] = await applicationsOf(harness, chat)
    expect(application?.documents.map((doc) => doc.docType)).toEqual(['incident_proof'])
  })

  it('a file sent after "continue later" is kept on the draft and sorted when the worker carries on', async () => {
    const chat = await atInvoices()
    const later = await chat.tap('稍后再继续')
    expect(texts(later)).toEqual(['好的，您填的内容都保存着。想继续时发 /status 或点下面的按钮。'])
    const kept = await chat.act(() =>
      chat.api.sendPhoto(chat.chatId, { fileId: `aside-${chat.chatId}`, size: 5000 }),
    )
    const [draft] = await applicationsOf(harness, chat)
    expect(texts(kept)).toEqual([
      `✓ 文件已存到您的「医疗救助补贴」申请（编号 ${draft?.reference}），继续填写时会问您是哪种材料。`,
    ])
    const carried = await chat.tap('▶️ 继续填写')
    expect(carried[0]?.text).toContain('您之前发来的 1 个文件，是哪一种材料？')
    await chat.tap('出院小结')
    expect(chat.lastText()).toContain('请上传：医疗费用发票或收费单据（可多张）')
    const [after] = await applicationsOf(harness, chat)
    expect(after?.documents.map((doc) => doc.docType)).toEqual(['discharge_summary'])
  })

  it('an album sent for a document a caseworker asked for fulfils the request and resumes the review', async () => {
    const chat = await submitted()
    const [application] = await applicationsOf(harness, chat)
    const id = application?.id ?? ''
    await asStaff(harness, async (deps) => {
      await moveApplication(deps, { applicationId: id, to: 'initial_review', actor: 'slack:U1' })
      await requestDocument(deps, {
        applicationId: id,
        docType: 'insurance_settlement',
        actor: 'slack:U1',
      })
    })
    const status = await chat.command('status')
    expect(status[0]?.text).toContain('下一步：请补交「医保结算单」')

    const sent = await together(harness, chat, () =>
      [1, 2].map((n) =>
        chat.api.sendPhoto(chat.chatId, {
          fileId: `settle-${n}`,
          size: 5000,
          mediaGroupId: 'settle',
        }),
      ),
    )
    expect(texts(sent)).toEqual([
      `✓ 收到「医保结算单」，已交给工作人员。您的「医疗救助补贴」申请（编号 ${application?.reference}）继续审核。`,
    ])
    const [after] = await applicationsOf(harness, chat)
    expect(after?.status).toBe('initial_review')
    expect(after?.requests.every((request) => request.fulfilledAt !== null)).toBe(true)
    expect(after?.documents.filter((doc) => doc.docType === 'insurance_settlement')).toHaveLength(2)
  })

  it('asking about progress while documents are asked for shows /status, then the same document again', async () => {
    const chat = await atInvoices()
    const sent = await chat.say('我的申请到哪一步了')
    expect(sent[0]?.text).toContain('📋 您的申请：')
    expect(sent[0]?.text).toContain('状态：填写中')
    expect(sent[1]?.text).toContain('请上传：医疗费用发票或收费单据（可多张）')
  })
})

describe('in English', () => {
  it('a worker who reads English sees status, date and next step in English', async () => {
    const chat = await submitted()
    await chat.command('lang')
    await chat.tap('English')
    const status = await chat.command('status')
    expect(status[0]?.text).toMatch(
      /^📋 Your applications:\n\n1\. Medical aid.* \(BF-\d{4}-\d{6}\)/,
    )
    expect(status[0]?.text).toMatch(/Status: submitted · \d{4}-\d{2}-\d{2}/)
    expect(status[0]?.text).toContain(
      'Next: waiting for review (first review → public notice → approved)',
    )
    expect(chat.buttons()).toEqual(['↩️ Withdraw 1'])
  })
})

describe('ways in', () => {
  it('the programme page offers to apply; typing "I want to apply" opens the application', async () => {
    const chat = await screenLaoZheng(harness)
    await chat.tap('ℹ️ 医疗救助补贴')
    expect(chat.buttons()[0]).toBe('📝 申请：医疗救助补贴')
    await chat.tap('⬅️ 返回结果')
    await chat.tap('ℹ️ 临时生活补贴')
    expect(chat.buttons()[0]).toBe('📝 申请：临时生活补贴')

    const typed = await chat.say('我想申请医疗救助补贴')
    expect(typed[0]?.text).toMatch(/^📝 开始申请「医疗救助补贴」（编号 BF-\d{4}-\d{6}）/)
    const again = await chat.command('apply')
    expect(again[0]?.text).toMatch(/^📝 接着填写「医疗救助补贴」/)
    expect(await applicationsOf(harness, chat)).toHaveLength(1)
  })

  it('asking to apply in the middle of a screening keeps its answers unless the worker chooses to leave it', async () => {
    const chat = await harness.chat().agreeToAll()
    await chat.answer('4')
    await chat.answer('5000')
    const asked = chat.lastText()

    const typed = await chat.say('我想申请医疗救助补贴')
    expect(typed[0]?.text).toContain('您的资格查询还没答完（停在第 3 题）')
    const markup = typed[0]?.replyMarkup
    const labels = markup && 'inline_keyboard' in markup ? markup.inline_keyboard.flat() : []
    expect(labels.map((button) => button.text)).toEqual(['先答完查询', '现在申请「医疗救助补贴」'])
    expect(await applicationsOf(harness, chat)).toHaveLength(0)
    expect((await storedFlow(harness, chat))?.answers).toMatchObject({
      householdSize: 4,
      monthlyIncome: 5000,
    })

    const back = await chat.tap('先答完查询')
    expect(back.at(-1)?.text).toContain(asked.split('\n').at(-1) ?? '')
    expect((await storedFlow(harness, chat))?.answers).toMatchObject({ householdSize: 4 })

    await chat.say('我想申请医疗救助补贴')
    const applied = await chat.tap('现在申请「医疗救助补贴」')
    expect(applied[0]?.text).toMatch(/^📝 开始申请「医疗救助补贴」/)
  })
})
