import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { testRedisUrl } from '../../support/redis.ts'

describe('the tests find a Redis', () => {
  it('answers PING on the URL the test support resolves', async () => {
    const redis = new Redis(await testRedisUrl())
    expect(await redis.ping()).toBe('PONG')
    redis.disconnect()
  })
})
