import { randomBytes } from 'node:crypto'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runConsoleChat } from '../../../src/bots/console/chat.ts'
import { lineToEvent } from '../../../src/bots/console/choose.ts'
import { configSchema } from '../../../src/core/config/schema.ts'
import { type Container, createContainer } from '../../../src/core/container.ts'
import { createLogger } from '../../../src/core/logger.ts'
import { testDatabase } from '../../support/database.ts'

let container: Container
beforeAll(async () => {
  const config = configSchema.parse({ DATA_KEY: randomBytes(32).toString('base64') })
  container = await createContainer(config, {
    db: await testDatabase(),
    log: createLogger('silent'),
  })
})
afterAll(async () => {
  await container.close()
})

describe('the terminal chat', () => {
  it('takes a worker through screening with numbered choices and typed answers', async () => {
    const input = new PassThrough()
    const output = new PassThrough()
    let screen = ''
    output.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8')
    })
    // Agree, agree, then 小王's answers: numbers pick buttons, other lines are typed answers.
    const lines = ['1', '1', '3', '9000', '1', '6', '5', '1', '2', '0', '1', '5']
    input.end(`${lines.join('\n')}\n`)
    await runConsoleChat(container, input, output)

    expect(screen).toContain('[1] ✅ 同意，开始')
    expect(screen).toContain('（第 1/9 题）')
    expect(screen).toContain('职业技能培训')
    expect(screen).toContain('查询结果出来了')
  })

  it('reads a line as a button by its exact label before its number', () => {
    const shown = {
      text: 'q',
      buttons: [
        [
          { text: '0', data: 'f:a:1:0' },
          { text: '1', data: 'f:a:1:1' },
        ],
      ],
    }
    expect(lineToEvent('1', shown)).toEqual({ type: 'button', data: 'f:a:1:1' })
    expect(lineToEvent('/cancel', shown)).toEqual({ type: 'command', name: 'cancel' })
    expect(lineToEvent('4500', shown)).toEqual({ type: 'text', text: '4500' })
  })
})

describe('numbers in the terminal', () => {
  const question = (buttons: [string, string][]) => ({
    text: 'q',
    buttons: [buttons.map(([text, data]) => ({ text, data }))],
  })

  it('takes a typed number as the answer to a number question, not as a button', () => {
    const household = question([
      ['1', 'f:a:1:1'],
      ['2', 'f:a:1:2'],
      ['❓为什么问这个', 'f:w:1:'],
      ['⬅️ 上一题', 'f:b:1:'],
    ])
    expect(lineToEvent('7', household)).toEqual({ type: 'text', text: '7' })
    expect(lineToEvent('2', household)).toEqual({ type: 'button', data: 'f:a:1:2' })
    const income = question([
      ['❓为什么问这个', 'f:w:2:'],
      ['⬅️ 上一题', 'f:b:2:'],
    ])
    expect(lineToEvent('1', income)).toEqual({ type: 'text', text: '1' })
  })

  it('still picks an option by its number at a multiple-choice question', () => {
    const housing = question([
      ['自己的房子', 'f:a:3:own'],
      ['租房', 'f:a:3:renting'],
      ['❓为什么问这个', 'f:w:3:'],
    ])
    expect(lineToEvent('2', housing)).toEqual({ type: 'button', data: 'f:a:3:renting' })
  })
})
