import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The configured key, or for local runs a key generated once into DATA_DIR.
 * Production refuses to start without DATA_KEY (see config/load.ts).
 */
export function resolveDataKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return Buffer.from(configured, 'base64')

  const file = join(dataDir, 'data.key')
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
  } catch {
    mkdirSync(dataDir, { recursive: true })
    const key = randomBytes(32)
    writeFileSync(file, key.toString('base64'), { mode: 0o600 })
    return key
  }
}
