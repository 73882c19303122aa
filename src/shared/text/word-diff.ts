/** A run of words in a comparison of two texts: in both, only in the old, or only in the new. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added'
  text: string
}

/** Words with the spaces after them, so joining the parts gives the texts back exactly. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? []
}

/**
 * Past this many words on either side, the comparison is one removal and one addition (its cost
 * grows with the product of the two lengths).
 */
const MAX_WORDS = 2_000

/**
 * The words that changed from `before` to `after` (a longest common subsequence of words):
 * joining the same and added parts gives `after`, the same and removed parts `before` (up to the
 * spaces between words). Runs of one kind are merged. Used to show a reader what changed in a
 * passage they had marked. The words the two texts begin and end with in common are set aside
 * first, so only what lies between them counts towards `maxWords`.
 */
export function diffWords(before: string, after: string, maxWords = MAX_WORDS): DiffPart[] {
  const a = words(before)
  const b = words(after)
  // Compare words without their trailing space, so a re-spaced word still counts as the same.
  const same = (i: number, j: number) => (a[i] as string).trimEnd() === (b[j] as string).trimEnd()
  let head = 0
  while (head < a.length && head < b.length && same(head, head)) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    same(a.length - 1 - tail, b.length - 1 - tail)
  ) {
    tail++
  }
  const kept = (from: number, to: number): DiffPart[] =>
    b.slice(from, to).map((text) => ({ kind: 'same', text }))
  return mergeParts([
    ...kept(0, head),
    ...middleParts(a.slice(head, a.length - tail), b.slice(head, b.length - tail), maxWords),
    ...kept(b.length - tail, b.length)
  ])
}

/** The diff of what lies between the common beginning and end. */
function middleParts(a: readonly string[], b: readonly string[], maxWords: number): DiffPart[] {
  if (a.length > maxWords || b.length > maxWords) {
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') }
    ]
  }
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
  return parts
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
