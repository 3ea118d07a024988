/**
 * Splits a message into what the classifier counts: each Chinese character
 * and each pair of neighbours (Chinese has no spaces, and pairs such as 进度
 * or 报名 carry most of the meaning), lower-case Latin words, and one token
 * for any number, since amounts differ from message to message.
 */
export function tokens(text: string): string[] {
  const runs =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{Script=Han}+|[a-z]+|\d+/gu) ?? []
  const out: string[] = []
  for (const run of runs) {
    if (/^\d/.test(run)) out.push('#number')
    else if (/^[a-z]/.test(run)) out.push(run)
    else {
      const chars = Array.from(run)
      chars.forEach((char, index) => {
        out.push(char)
        const next = chars[index + 1]
        if (next) out.push(char + next)
      })
    }
  }
  return out
}
