import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { RedisMemoryServer } from 'redis-memory-server'
import { redisAnswers } from '../../src/core/queues/check-redis.ts'

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
  if (await redisAnswers(local)) return local

  const systemBinary = onPath('redis-server')
  const server = await RedisMemoryServer.create(systemBinary ? { binary: { systemBinary } } : {})
  return `redis://${await server.getHost()}:${await server.getPort()}`
}

function onPath(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}
