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
