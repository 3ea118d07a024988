import type { Tx } from '../db/types.ts'
import { NOTICE_KINDS, type NoticeKind } from './segment.ts'

/** The worker's notice settings; everything on when they never chose. */
export async function preferencesOf(tx: Tx, workerId: string) {
  const row = await tx.noticePreference.findUnique({ where: { workerId } })
  return { optedOut: row?.optedOut ?? false, muted: (row?.muted ?? []) as string[] }
}

/**
 * Opts the worker out of every notice, or back in. Back in also clears
 * "unreachable": a worker writing to the bot has evidently unblocked it.
 */
export async function setOptedOut(tx: Tx, workerId: string, optedOut: boolean): Promise<void> {
  const data = optedOut ? { optedOut } : { optedOut, unreachableAt: null }
  await tx.noticePreference.upsert({
    where: { workerId },
    create: { workerId, ...data },
    update: data,
  })
}

/** Turns one kind of notice off when on, on when off. */
export async function toggleKind(tx: Tx, workerId: string, kind: NoticeKind): Promise<string[]> {
  const { muted } = await preferencesOf(tx, workerId)
  const next = muted.includes(kind) ? muted.filter((k) => k !== kind) : [...muted, kind]
  const valid = next.filter((k) => (NOTICE_KINDS as readonly string[]).includes(k))
  await tx.noticePreference.upsert({
    where: { workerId },
    create: { workerId, muted: valid },
    update: { muted: valid },
  })
  return valid
}
