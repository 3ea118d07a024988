import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { policyPath } from '../screening/workers.ts'

// biome-ignore lint/suspicious/noExplicitAny: tests edit the raw JSON as an admin would
type RawPolicy = any

/** Edited copies of the shipped policy file in a fresh folder; `remove` deletes them. */
export function policyCopies() {
  const folder = mkdtempSync(join(tmpdir(), 'policy-'))
  let count = 0

  const write = (edit: (policy: RawPolicy) => void): string => {
    const policy = JSON.parse(readFileSync(policyPath, 'utf8'))
    edit(policy)
    return writeText(JSON.stringify(policy, null, 2))
  }
  const writeText = (text: string): string => {
    count += 1
    const path = join(folder, `policy-${count}.json`)
    writeFileSync(path, text)
    return path
  }
  const remove = () => rmSync(folder, { recursive: true, force: true })
  return { write, writeText, remove }
}

/** The position of a programme in the raw file, for building expected field paths. */
export function indexOf(policy: RawPolicy, id: string): number {
  return policy.programmes.findIndex((programme: { id: string }) => programme.id === id)
}
