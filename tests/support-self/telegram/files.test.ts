import { Bot, InlineKeyboard, InputFile } from 'grammy'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { BotApiServer } from '../../support/telegram/bot-api-server.ts'

const TOKEN = '9:TEST'
const CHAT = 3003

let server: BotApiServer
let bot: Bot

beforeEach(async () => {
  server = await BotApiServer.start()
  bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } })
})

afterEach(async () => {
  await server.close()
})

it('lets the bot download a document the user sent', async () => {
  const content = Buffer.from('%PDF-1.4 payslip')
  server.sendDocument(CHAT, {
    fileName: 'payslip.pdf',
    mimeType: 'application/pdf',
    fileId: 'doc-1',
    content,
  })

  const file = await bot.api.getFile('doc-1')
  const download = await fetch(`${server.apiRoot}/file/bot${TOKEN}/${file.file_path}`)

  expect(file).toMatchObject({ file_size: content.length, file_path: 'documents/file_1.pdf' })
  expect(Buffer.from(await download.arrayBuffer())).toEqual(content)
})

it('refuses to hand out a file over 20 MB', async () => {
  server.sendPhoto(CHAT, { fileId: 'big-photo', size: 21 * 1024 * 1024, caption: 'my ID' })

  await expect(bot.api.getFile('big-photo')).rejects.toMatchObject({
    description: 'Bad Request: file is too big',
  })
})

it('takes an uploaded document as multipart and records its caption', async () => {
  const upload = new InputFile(Buffer.from('name,amount\n'), 'report.csv')

  const keyboard = new InlineKeyboard().text('Looks right', 'report:ok')

  const message = await bot.api.sendDocument(CHAT, upload, {
    caption: '<i>Report</i>',
    parse_mode: 'HTML',
    reply_markup: keyboard,
  })

  expect(message.document).toMatchObject({ file_name: 'report.csv', file_size: 12 })
  expect(server.messages(CHAT)[0]).toMatchObject({
    method: 'sendDocument',
    visibleText: 'Report',
    replyMarkup: keyboard,
  })
})

it('copies a user photo into another chat', async () => {
  const { message } = server.sendPhoto(CHAT, {
    fileId: 'photo-1',
    size: 90_000,
    caption: 'receipt',
  })

  const copy = await bot.api.copyMessage(-100500, CHAT, message?.message_id ?? 0)

  const [stored] = server.messages(-100500)
  expect(stored?.messageId).toBe(copy.message_id)
  expect(stored?.message.photo?.at(-1)?.file_id).toBe('photo-1')
  expect(stored?.visibleText).toBe('receipt')
})
