import { randomBytes } from 'node:crypto'
import type { Forms } from '../../../src/core/applications/form-schema.ts'
import { loadForms } from '../../../src/core/applications/load-forms.ts'
import type { ApplicationDeps } from '../../../src/core/applications/transition.ts'
import type { Database } from '../../../src/core/db/connect.ts'
import { createCipher } from '../../../src/core/privacy/cipher.ts'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import type { Policy } from '../../../src/core/programmes/policy-schema.ts'

export const policy: Policy = loadPolicy('data/policy/policy.json')
export const forms: Forms = loadForms('data/policy/forms.json', policy)
export const cipher = createCipher(randomBytes(32))

/** Runs `work` in one transaction with the application deps, as a turn or a listener would. */
export function inTx<T>(
  db: Database,
  work: (deps: ApplicationDeps & { policy: Policy }) => Promise<T>,
  now = () => new Date('2026-12-04T10:00:00+08:00'),
): Promise<T> {
  return db.prisma.$transaction((tx) => work({ tx, cipher, forms, policy, now }))
}

export async function newWorker(db: Database) {
  return db.prisma.worker.create({
    data: {
      channel: 'telegram',
      externalId: String(Math.floor(Math.random() * 1e9)),
      alias: `测试-${randomBytes(2).toString('hex')}`,
    },
  })
}
