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
  const parts = new PartRuns(before, after, a, b)
  parts.add('same', 0, head)
  middleParts(a, b, [head, a.length - tail], [head, b.length - tail], maxWords, parts)
  parts.add('same', b.length - tail, b.length)
  return parts.finish()
}

/**
 * The parts of a diff, built a word at a time: runs of one kind are cut from the text they are
 * in (`slice`, which V8 keeps as a view of that text), not joined word by word, so a change
 * holds about its own length in memory, not a string and a join for each word.
 */
class PartRuns {
  private readonly parts: DiffPart[] = []
  private readonly oldAt: number[]
  private readonly newAt: number[]
  private kind: DiffPart['kind'] | null = null
  private from = 0
  private to = 0

  constructor(
    private readonly before: string,
    private readonly after: string,
    oldWords: readonly string[],
    newWords: readonly string[]
  ) {
    this.oldAt = offsets(oldWords)
    this.newAt = offsets(newWords)
  }

  /** Words [from, to) of the old text (removed) or the new one (same, added). */
  add(kind: DiffPart['kind'], from: number, to: number): void {
    if (from >= to) return
    const at = kind === 'removed' ? this.oldAt : this.newAt
    const [start, end] = [at[from] as number, at[to] as number]
    if (kind === this.kind && start === this.to) {
      this.to = end
      return
    }
    this.flush()
    this.kind = kind
    this.from = start
    this.to = end
  }

  finish(): DiffPart[] {
    this.flush()
    return this.parts
  }

  private flush(): void {
    if (this.kind === null) return
    const text = (this.kind === 'removed' ? this.before : this.after).slice(this.from, this.to)
    const last = this.parts[this.parts.length - 1]
    // Two runs of one kind in a row are one part, as mergeParts makes them.
    if (last && last.kind === this.kind) last.text += text
    else this.parts.push({ kind: this.kind, text })
    this.kind = null
  }
}

/** Where each word starts in the text they were read from, and where the last ends. */
function offsets(list: readonly string[]): number[] {
  const at = [0]
  for (const word of list) at.push((at[at.length - 1] as number) + word.length)
  return at
}

/** The diff of what lies between the common beginning and end: words [a0, a1) and [b0, b1). */
function middleParts(
  all: readonly string[],
  allNew: readonly string[],
  [a0, a1]: [number, number],
  [b0, b1]: [number, number],
  maxWords: number,
  parts: PartRuns
): void {
  const [n, m] = [a1 - a0, b1 - b0]
  if (n > maxWords || m > maxWords) {
    parts.add('removed', a0, a1)
    parts.add('added', b0, b1)
    return
  }
  const key = (w: string) => w.trimEnd()
  const a = all.slice(a0, a1).map(key)
  const b = allNew.slice(b0, b1).map(key)
  // lcs[i][j]: how many words a[i..] and b[j..] have in common, in order.
  const width = m + 1
  const lcs = new Uint32Array((n + 1) * width)
  const at = (i: number, j: number) => lcs[i * width + j] as number
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1))
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      parts.add('same', b0 + j, b0 + j + 1)
      i++
      j++
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      parts.add('removed', a0 + i, a0 + i + 1)
      i++
    } else {
      parts.add('added', b0 + j, b0 + j + 1)
      j++
    }
  }
  parts.add('removed', a0 + i, a1)
  parts.add('added', b0 + j, b1)
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
