import type { WebClient } from '@slack/web-api'

/** A caseworker's first name as the worker sees it, from users.info, cached. */
export function createNames(client: WebClient) {
  const cache = new Map<string, Promise<string>>()
  const lookUp = async (userId: string): Promise<string> => {
    try {
      const { user } = await client.users.info({ user: userId })
      const profile = user?.profile
      return (
        profile?.first_name ||
        profile?.display_name ||
        profile?.real_name ||
        user?.name ||
        '工作人员'
      )
    } catch {
      cache.delete(userId)
      return '工作人员'
    }
  }
  return {
    firstName(userId: string): Promise<string> {
      let name = cache.get(userId)
      if (!name) {
        name = lookUp(userId)
        cache.set(userId, name)
      }
      return name
    },
  }
}

export type Names = ReturnType<typeof createNames>
