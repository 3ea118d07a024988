import type { WebClient } from '@slack/web-api'
import type { Logger } from '../../core/logger.ts'

const GROUP_TTL_MS = 60_000

/** Who may act on cases; admins count as caseworkers. */
export type Caseworkers = {
  isCaseworker(userId: string): Promise<boolean>
  isAdmin(userId: string): boolean
}

/**
 * Caseworkers are the configured user ids plus the members of the configured
 * user group, read through usergroups.users.list and kept for a minute. When
 * Slack cannot be asked, only the listed ids are trusted.
 */
export function createCaseworkers(options: {
  client: WebClient
  users: string[]
  admins: string[]
  group?: string | undefined
  log: Logger
  now?: () => number
}): Caseworkers {
  const now = options.now ?? Date.now
  let cached: { members: Set<string>; at: number } | undefined

  async function groupMembers(): Promise<Set<string>> {
    if (!options.group) return new Set()
    if (cached && now() - cached.at < GROUP_TTL_MS) return cached.members
    try {
      const result = await options.client.usergroups.users.list({ usergroup: options.group })
      cached = { members: new Set(result.users ?? []), at: now() }
    } catch (error) {
      options.log.warn({ err: error }, 'caseworker group could not be read')
      return cached?.members ?? new Set()
    }
    return cached.members
  }

  const isAdmin = (userId: string) => options.admins.includes(userId)
  return {
    isAdmin,
    async isCaseworker(userId) {
      if (options.users.includes(userId) || isAdmin(userId)) return true
      return (await groupMembers()).has(userId)
    },
  }
}
