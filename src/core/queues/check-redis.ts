import { Redis } from 'ioredis'

/**
 * Whether Redis answers at `url` within a few seconds. Job roles ask this
 * before starting, so a wrong REDIS_URL stops them with one clear line
 * instead of a stream of reconnect errors.
 */
export async function redisAnswers(url: string, timeoutMs = 5_000): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
  })
  probe.on('error', () => {})
  try {
    await probe.connect()
    return (await probe.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
}
