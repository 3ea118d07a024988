import { Redis } from 'ioredis'

/**
 * A Redis connection as BullMQ wants it: commands wait for a reconnect
 * instead of failing, so a Redis restart delays jobs but loses none.
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false })
}
