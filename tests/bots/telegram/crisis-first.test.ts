import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Harness } from '../../support/telegram-harness.ts'

describe('words of crisis as the very first message', () => {
  let harness: Harness
  beforeAll(async () => {
    harness = await Harness.start()
  })
  afterAll(() => harness.close())

  it('are answered with the hotline at once, before the privacy notice is accepted', async () => {
    const chat = harness.chat()
    const sent = await chat.say('我不想活了')
    const text = sent.map((message) => message.text).join('\n')
    expect(text).toContain('请马上拨打：12356')
    // The notice follows, so the worker can still agree and be put through to a person.
    expect(chat.buttons(sent.at(-1))).toContain('✅ 同意，开始')
  })

  it('leave other text before the notice with the notice alone', async () => {
    const chat = harness.chat()
    const sent = await chat.say('你好')
    expect(sent.map((message) => message.text).join('\n')).not.toContain('12356')
  })
})
