import type { z } from 'zod'

/**
 * Turns zod issues into lines of `path: message`. For a value that matched no branch of a
 * union, reports the branch that came closest, so the admin sees the field to fix.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): string[] {
  return issues.flatMap((issue): string[] => {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) =>
        branch.length < best.length ? branch : best,
      )
      return describeIssues(closest, path)
    }
    return [`${path.map(String).join('.') || '(root)'}: ${issue.message}`]
  })
}
