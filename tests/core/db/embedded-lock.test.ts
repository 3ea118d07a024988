import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { connectDatabase } from '../../../src/core/db/connect.ts'

describe('the embedded database', () => {
  it('refuses a second process on the same folder instead of letting the two drift apart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bft-lock-'))
    const first = await connectDatabase({ dataDir })
    try {
      // Another process's pid stands in for a second `npm run chat` on the same folder.
      const { writeFileSync } = await import('node:fs')
      writeFileSync(join(dataDir, 'pglite', 'bft.lock'), String(process.ppid))
      await expect(connectDatabase({ dataDir })).rejects.toThrow(
        /is in use by process .*set DATABASE_URL/,
      )
    } finally {
      await first.close()
    }
  })
})
