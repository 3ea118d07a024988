import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/core/config/load.ts'

/** Runs `src/main.ts` the way `npm start` does and returns what the operator sees. */
function start(env: Record<string, string>, role = 'bot') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', role], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { code: result.status, stderr: result.stderr.trim() }
}

describe('start-up configuration', () => {
  it('stops with one line naming the bot token when it is missing', () => {
    const { code, stderr } = start({})
    expect(code).toBe(1)
    expect(stderr.split('\n')).toHaveLength(1)
    expect(stderr).toContain('TELEGRAM_BOT_TOKEN is missing')
    expect(stderr).toContain('npm run chat')
  })

  it('names a malformed variable and what is wrong with it, without a stack trace', () => {
    const { code, stderr } = start({ TELEGRAM_BOT_TOKEN: 'not-a-token' })
    expect(code).toBe(1)
    expect(stderr).toBe(
      'Configuration error: TELEGRAM_BOT_TOKEN looks wrong: copy the whole token @BotFather gave you.',
    )
  })

  it('stops the job worker with one line naming REDIS_URL when Redis does not answer', () => {
    const { code, stderr } = start(
      {
        TELEGRAM_BOT_TOKEN: '123456:TEST-token-for-the-stand-in-000',
        REDIS_URL: 'redis://127.0.0.1:6390',
      },
      'worker',
    )
    expect(code).toBe(1)
    expect(stderr).toBe(
      'Redis does not answer at redis://127.0.0.1:6390: start Redis or set REDIS_URL.',
    )
  })

  it('refuses a data key that is not 32 bytes', () => {
    const result = loadConfig({ DATA_KEY: 'c2hvcnQ=' })
    expect(result).toEqual({
      ok: false,
      message: 'Configuration error: DATA_KEY must be 32 bytes, base64-encoded.',
    })
  })

  it('says what type a mistyped setting should have', () => {
    expect(loadConfig({ PORT: 'abc' })).toEqual({
      ok: false,
      message: 'Configuration error: PORT should be a number.',
    })
  })

  it('says the allowed range or choices of a setting out of them', () => {
    expect(loadConfig({ PORT: '70000' })).toEqual({
      ok: false,
      message: 'Configuration error: PORT should be at most 65535.',
    })
    const level = loadConfig({ LOG_LEVEL: 'loud' })
    expect(level.ok === false && level.message).toBe(
      'Configuration error: LOG_LEVEL should be one of fatal, error, warn, info, debug, trace, silent.',
    )
  })

  it('refuses an office time zone the runtime does not know', () => {
    expect(loadConfig({ OFFICE_TIMEZONE: 'Mars/Base' })).toEqual({
      ok: false,
      message:
        'Configuration error: OFFICE_TIMEZONE is not a time zone: use a name such as Asia/Shanghai.',
    })
    expect(loadConfig({ OFFICE_TIMEZONE: 'Europe/Berlin' }).ok).toBe(true)
  })

  it('treats an empty variable as unset, so defaults apply', () => {
    const result = loadConfig({ REDIS_URL: '', PORT: '' })
    expect(result.ok && result.config.REDIS_URL).toBe('redis://127.0.0.1:6379')
  })

  it('asks production for a fixed data key', () => {
    const { code, stderr } = start({
      NODE_ENV: 'production',
      TELEGRAM_BOT_TOKEN: '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    })
    expect(code).toBe(1)
    expect(stderr).toContain('DATA_KEY is missing')
  })

  it('names an unknown role', () => {
    const { code, stderr } = start({ DATA_DIR: '/tmp/bft-role-test' }, 'dance')
    expect(code).toBe(1)
    expect(stderr).toContain('Unknown role "dance"')
  })
})
