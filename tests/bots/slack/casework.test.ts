import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimedCase, texts, workerWithCase } from '../../support/slack/case-story.ts'
import { SlackPerson } from '../../support/slack/caseworker.ts'
import { appHomeOpened, slashCommand } from '../../support/slack/payloads.ts'
import { CASE_CHANNEL, CaseworkHarness, WANG } from '../../support/slack-harness.ts'

describe('casework between a worker on Telegram and caseworkers in Slack', () => {
  let harness: CaseworkHarness
  let wang: SlackPerson
  beforeAll(async () => {
    harness = await CaseworkHarness.start({ env: { CRISIS_HOTLINE: '12356（心理援助热线）' } })
    wang = new SlackPerson(WANG, harness.sender, harness.slackApi, CASE_CHANNEL)
  })
  afterAll(() => harness.close())

  const thread = (ts: string) => harness.slackApi.thread(CASE_CHANNEL, ts)

  it('words of crisis get the hotline at once and an urgent case whose card says so', async () => {
    const chat = await harness.telegram.chat().agreeToAll()
    const [reply] = await chat.say('我真的活不下去了')
    expect(reply?.text).toContain('12356（心理援助热线）')
    expect(JSON.stringify(reply?.replyMarkup ?? {})).not.toContain('cl:')
    const worker = await harness.telegram.db.prisma.worker.findFirstOrThrow({
      where: { externalId: String(chat.chatId) },
    })
    const found = await harness.telegram.db.prisma.case.findFirstOrThrow({
      where: { workerId: worker.id },
    })
    expect(found).toMatchObject({ urgent: true, reason: 'crisis' })
    const card = await harness.slackApi.waitFor(() =>
      harness.slackApi.channelMessages(CASE_CHANNEL).find((m) => m.text.includes(found.reference)),
    )
    expect(card.text).toContain('URGENT')
    const said = await harness.slackApi.waitFor(() =>
      thread(card.ts).find((m) => m.text.includes('活不下去')),
    )
    expect(said.text).toContain('Worker')
  })

  it('what the worker types reaches Slack as plain text, numbers masked; the owner reveals them with a reason, logged', async () => {
    const story = await claimedCase(harness, wang)
    await story.chat.say('<!channel> 我电话13812345678，看 http://evil.example <@U0BOSS>')
    const posted = await harness.slackApi.waitFor(() =>
      thread(story.card.ts).find((m) => m.text.includes('evil')),
    )
    expect(posted.text).not.toContain('13812345678')
    expect(posted.text).toContain('&lt;!channel&gt;')
    expect(posted.text).toContain('&lt;@U0BOSS&gt;')
    expect(JSON.stringify(posted.blocks)).toContain('"type":"plain_text","text":"<!channel>')

    await wang.press('case.reveal', story.case.id, story.card.ts)
    await harness.slackApi.waitFor(() =>
      harness.slackApi.workspace.views.find((v) => v.view.callback_id === 'case.reveal'),
    )
    await wang.submit('case.reveal', story.case.id, {
      reason: { value: { value: '需要电话核实住院情况' } },
    })
    const shown = await harness.slackApi.waitFor(() =>
      harness.slackApi.ephemeralsFor(WANG).find((e) => e.text.startsWith('Unmasked for you only')),
    )
    expect(shown.text).toContain('1 message')
    const call = harness.slackApi
      .calls('chat.postEphemeral')
      .find((c) => JSON.stringify(c.params).includes('13812345678'))
    expect(call?.params.user).toBe(WANG)
    const logged = await harness.telegram.db.prisma.accessLog.findFirstOrThrow({
      where: { action: 'case.reveal' },
    })
    expect(logged).toMatchObject({ actor: `slack:${WANG}`, workerId: story.worker.id })
    expect(logged.detail).toContain('需要电话核实住院情况')
  })

  it('an internal note stays in Slack; a caseworker’s photo reaches the worker with her name', async () => {
    const story = await claimedCase(harness, wang)
    const before = texts(story.chat).length
    const note = await wang.reply(story.card.ts, 'note: 先核实户口再批')
    await harness.slackApi.waitFor(() =>
      harness.slackApi.workspace.reactions.find((r) => r.ts === note.ts && r.name === 'memo'),
    )

    const file = harness.slackApi.workspace.host('form.png', 'image/png', Buffer.alloc(512, 7))
    await wang.reply(story.card.ts, '这是要填的表', {
      files: [{ ...file, url_private: file.url_private }],
    })
    const photo = await story.chat.api.waitFor(() =>
      story.chat.api.messages(story.chat.chatId).find((m) => m.method === 'sendPhoto'),
    )
    expect(photo.text).toBe('王芳（工作人员）：这是要填的表')
    expect(texts(story.chat).slice(before).join('\n')).not.toContain('先核实户口')

    await wang.reply(
      story.card.ts,
      '请看 <https://gov.example/form|申请表> &amp; <@U0LIMING> 的说明 &lt;重要&gt;',
    )
    const link = await story.chat.api.waitFor(() =>
      texts(story.chat).find((t) => t.includes('申请表')),
    )
    expect(link).toBe('王芳（工作人员）：请看 申请表 (https://gov.example/form) & 的说明 <重要>')
  })

  it('a reply that cannot reach the worker (he blocked the bot) is marked ❌ and said in the thread', async () => {
    const story = await claimedCase(harness, wang)
    harness.telegram.api.blockChat(story.chat.chatId)
    const sent = await wang.reply(story.card.ts, '陈师傅，在吗？')
    await harness.slackApi.waitFor(() =>
      harness.slackApi.workspace.reactions.find((r) => r.ts === sent.ts && r.name === 'x'),
    )
    const said = await harness.slackApi.waitFor(() =>
      thread(story.card.ts).find((m) => m.text.includes('did not reach the worker')),
    )
    expect(said.text).toContain('blocked the bot')
    const reached = harness.slackApi.workspace.reactions.filter((r) => r.ts === sent.ts)
    expect(reached.map((r) => r.name)).toEqual(['x'])
  })

  it('the worker can leave; the case closes and he is asked to rate it', async () => {
    const story = await claimedCase(harness, wang)
    const [asked] = await story.chat.tap('结束和工作人员的对话')
    expect(asked?.text).toContain('请打个分')
    await story.chat.tap('4 分')
    const closed = await harness.telegram.db.prisma.case.findUniqueOrThrow({
      where: { id: story.case.id },
    })
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'worker', rating: 4 })
    const [after] = await story.chat.say('你好')
    expect(after?.text).not.toContain('王芳')
  })

  it('App Home lists the caseworker’s cases and the unclaimed queue with ages, and explains notes', async () => {
    const mine = await claimedCase(harness, wang)
    const waiting = await workerWithCase(harness)
    await harness.sender.event(appHomeOpened(WANG))
    const home = await harness.slackApi.waitFor(() => harness.slackApi.workspace.homes.get(WANG))
    const shown = JSON.stringify(home)
    expect(shown).toContain('My open cases')
    expect(shown).toContain(mine.case.reference)
    expect(shown).toMatch(
      new RegExp(`${waiting.case.reference}\\* · asked for a person · waiting \\d+ min`),
    )
    expect(shown).toContain('note:')
  })

  it('/case finds a case by its reference', async () => {
    const story = await claimedCase(harness, wang)
    await harness.sender.command(
      slashCommand({
        user: WANG,
        command: '/case',
        text: story.case.reference.toLowerCase(),
        channel: CASE_CHANNEL,
      }),
    )
    const answer = await harness.slackApi.waitFor(() =>
      harness.slackApi
        .ephemeralsFor(WANG)
        .find((e) => e.text.startsWith(`*${story.case.reference}*`)),
    )
    expect(answer.text).toContain(`owned by <@${WANG}>`)
    expect(answer.text).toContain('Open the card')
  })

  it('a worker who fails a question three times in a row is handed to a caseworker and can still carry on answering', async () => {
    const chat = await harness.telegram.chat().agreeToAll()
    for (const attempt of ['很多人', '好多好多', '一大家子']) await chat.say(attempt)
    expect(chat.lastText()).toContain('已经请工作人员来帮您')
    const worker = await harness.telegram.db.prisma.worker.findFirstOrThrow({
      where: { externalId: String(chat.chatId) },
    })
    const found = await harness.telegram.db.prisma.case.findFirstOrThrow({
      where: { workerId: worker.id },
    })
    expect(found.reason).toBe('flow_struggle')
    const [next] = await chat.say('3')
    expect(next?.text).toContain('（第 2/9 题）')
  })

  it('while nobody has claimed his case, what the worker types reaches the thread and the bot still serves him', async () => {
    const story = await workerWithCase(harness)
    await story.chat.command('cancel')
    const [typed] = await story.chat.say('我想申请临时生活补贴')
    expect(typed?.text).toMatch(/^📝 开始申请「临时生活补贴」/)
    const [hello] = await story.chat.say('hello')
    expect(hello?.text).not.toContain('登记')
    await harness.slackApi.waitFor(() =>
      thread(story.card.ts).find((m) => m.text.includes('我想申请临时生活补贴')),
    )
    await harness.slackApi.waitFor(() =>
      thread(story.card.ts).find((m) => m.text.includes('hello')),
    )
    const [again] = await story.chat.command('human')
    expect(again?.text).toContain('已经请工作人员来帮您了')
    expect(again?.text).not.toContain('您已经登记过了')
  })

  it('a worker waiting for a person can stop waiting from a button, and is not asked to rate help nobody gave', async () => {
    const story = await workerWithCase(harness)
    expect(story.chat.buttons()).toContain('结束等待')
    const [stopped] = await story.chat.tap('结束等待')
    expect(stopped?.text).toContain('不再等工作人员')
    expect(stopped?.text).not.toContain('请打个分')
    const closed = await harness.telegram.db.prisma.case.findUniqueOrThrow({
      where: { id: story.case.id },
    })
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'worker' })
    const [help] = await story.chat.command('help')
    expect(help?.text).toContain('/leave')
  })

  it('after a caseworker was asked for a struggling worker, another wrong answer does not offer a person again', async () => {
    const chat = await harness.telegram.chat().agreeToAll()
    for (const attempt of ['很多人', '好多好多', '一大家子']) await chat.say(attempt)
    expect(chat.buttons()).toContain('结束等待')
    const [next] = await chat.say('一大堆人')
    expect(next?.text).not.toContain('找工作人员')
    expect(next?.text).toContain('已经在来帮您的路上')
    expect(chat.buttons()).not.toContain('🙋 找工作人员')
  })
})
