import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { RedisMemoryServer } from 'redis-memory-server'

let started: Promise<string> | undefined

/**
 * A Redis for the tests: REDIS_URL when set, else the one on localhost:6379
 * when it answers, else a throwaway server (redis-memory-server, which uses
 * the system redis-server when there is one).
 */
export function testRedisUrl(): Promise<string> {
  started ??= resolveUrl()
  return started
}

/** A BullMQ prefix of the test's own, so tests never see each other's jobs. */
export function uniquePrefix(): string {
  return `bft-test-${randomBytes(5).toString('hex')}`
}

async function resolveUrl(): Promise<string> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL
  const local = 'redis://127.0.0.1:6379'
  if (await answers(local)) return local

  const systemBinary = onPath('redis-server')
  const server = await RedisMemoryServer.create(systemBinary ? { binary: { systemBinary } } : {})
  return `redis://${await server.getHost()}:${await server.getPort()}`
}

async function answers(url: string): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  try {
    await probe.connect()
    return (await probe.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
}

function onPath(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}
