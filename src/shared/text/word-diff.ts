/** A run of words in a comparison of two texts: in both, only in the old, or only in the new. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added'
  text: string
}

/** Words with the spaces after them, so joining the parts gives the texts back exactly. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? []
}

/** Past this many words on each side, the comparison is one removal and one addition. */
const MAX_WORDS = 2_000

/**
 * The words that changed from `before` to `after` (a longest common subsequence of words):
 * joining the same and added parts gives `after`, the same and removed parts `before` (up to the
 * spaces between words). Runs of one kind are merged. Used to show a reader what changed in a
 * passage they had marked.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = words(before)
  const b = words(after)
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    return mergeParts([
      { kind: 'removed', text: before },
      { kind: 'added', text: after }
    ])
  }
  // Compare words without their trailing space, so a re-spaced word still counts as the same.
  const key = (w: string) => w.trimEnd()
  // lcs[i][j]: how many words a[i..] and b[j..] have in common, in order.
  const width = b.length + 1
  const lcs = new Uint32Array((a.length + 1) * width)
  const at = (i: number, j: number) => lcs[i * width + j] as number
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        key(a[i] as string) === key(b[j] as string)
          ? at(i + 1, j + 1) + 1
          : Math.max(at(i + 1, j), at(i, j + 1))
    }
  }
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (key(a[i] as string) === key(b[j] as string)) {
      parts.push({ kind: 'same', text: b[j] as string })
      i++
      j++
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      parts.push({ kind: 'removed', text: a[i++] as string })
    } else {
      parts.push({ kind: 'added', text: b[j++] as string })
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] as string })
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] as string })
  return mergeParts(parts)
}

/** Parts with runs of one kind joined and empty ones dropped (diffs made piece by piece end here). */
export function mergeParts(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = []
  for (const part of parts) {
    if (part.text === '') continue
    const last = merged[merged.length - 1]
    if (last && last.kind === part.kind) last.text += part.text
    else merged.push({ ...part })
  }
  return merged
}
