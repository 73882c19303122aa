import type { PackedIndex } from './packed-index'

/** Edit distance allowed for a word of this length: none for short words, more for long ones. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3
}

/**
 * The closest known word within the allowed edit distance (Levenshtein over code points; ties:
 * the more common word, then the first in code point order), or null. While typing, a longer
 * word is compared by its start ("kazakstn" → "kazakhstan…").
 *
 * The sorted word list is walked as a trie: consecutive words share the dynamic-programming rows
 * of their common start, and once every cell of a row exceeds the budget, every word with that
 * start is skipped with one binary search. So the cost follows the few starts near the typed
 * word, not the size of the vocabulary (a linear scan of 500,000 words took 14–28 ms).
 */
export function closestWord(
  index: PackedIndex,
  term: string,
  typing: boolean
): { word: string; termId: number } | null {
  const budget = allowedTypos(term.length)
  if (budget === 0 || /\d/.test(term)) return null
  const query = Array.from(term, (c) => c.codePointAt(0) as number)
  const m = query.length
  const words = index.words
  const { offsets, bytes } = words
  const width = m + 1
  // rows[d] is the DP row after d code points of the current word; row 0 is 0..m.
  let rows = new Int32Array(width * 64)
  for (let j = 0; j <= m; j++) rows[j] = j
  /** Code points of the current word, and where each one starts in its bytes. */
  let points = new Int32Array(64)
  let starts = new Int32Array(65)
  let validRows = 0 // rows[1..validRows] hold for the start shared with the previous word
  let best: { index: number; distance: number; df: number } | null = null
  const consider = (i: number, distance: number) => {
    const df = index.docFreq[index.wordTerm[i] as number] as number
    if (!best || distance < best.distance || (distance === best.distance && df > best.df))
      best = { index: i, distance, df }
  }

  for (let i = 0; i < words.length;) {
    // Decode the word's code points (UTF-8), keeping the shared start's rows.
    const begin = offsets[i] as number
    const end = offsets[i + 1] as number
    let count = 0
    let shared = 0
    let sharing = true
    for (let at = begin; at < end;) {
      const b0 = bytes[at] as number
      let cp: number
      let size: number
      if (b0 < 0x80) [cp, size] = [b0, 1]
      else if (b0 < 0xe0) [cp, size] = [((b0 & 0x1f) << 6) | ((bytes[at + 1] as number) & 0x3f), 2]
      else if (b0 < 0xf0)
        [cp, size] = [
          ((b0 & 0x0f) << 12) |
            (((bytes[at + 1] as number) & 0x3f) << 6) |
            ((bytes[at + 2] as number) & 0x3f),
          3
        ]
      else
        [cp, size] = [
          ((b0 & 0x07) << 18) |
            (((bytes[at + 1] as number) & 0x3f) << 12) |
            (((bytes[at + 2] as number) & 0x3f) << 6) |
            ((bytes[at + 3] as number) & 0x3f),
          4
        ]
      if (count + 1 >= points.length) {
        const more = new Int32Array(points.length * 2)
        more.set(points)
        points = more
        const moreStarts = new Int32Array(points.length + 1)
        moreStarts.set(starts)
        starts = moreStarts
        const moreRows = new Int32Array(width * (points.length + 1))
        moreRows.set(rows)
        rows = moreRows
      }
      if (sharing && count < validRows && points[count] === cp) shared = count + 1
      else sharing = false
      starts[count] = at - begin
      points[count++] = cp
      at += size
    }
    starts[count] = end - begin
    validRows = shared

    // Rows for the rest of the word; stop where no word with this start can be within budget.
    let skipTo = -1
    const limit = Math.min(count, typing ? Math.max(m + 1, m + budget) : m + budget)
    for (let d = validRows + 1; d <= limit; d++) {
      const row = d * width
      const previous = row - width
      rows[row] = d
      let smallest = d
      const cp = points[d - 1] as number
      for (let j = 1; j <= m; j++) {
        const cost = query[j - 1] === cp ? 0 : 1
        const value = Math.min(
          (rows[previous + j] as number) + 1,
          (rows[row + j - 1] as number) + 1,
          (rows[previous + j - 1] as number) + cost
        )
        rows[row + j] = value
        if (value < smallest) smallest = value
      }
      validRows = d
      if (smallest > budget) {
        skipTo = words.prefixEnd(bytes.subarray(begin, begin + (starts[d] as number)), i + 1)
        break
      }
    }
    if (skipTo !== -1) {
      validRows -= 1 // the rows before the one that failed hold for the next word's start too
      i = skipTo
      continue
    }
    if (typing && count > m + budget) {
      // Compared by its start (m + 1 code points).
      const distance = rows[(m + 1) * width + m] as number
      if (distance <= budget) consider(i, distance)
    } else if (Math.abs(count - m) <= budget) {
      const distance = rows[count * width + m] as number
      if (distance <= budget) consider(i, distance)
    } else if (count > m + budget) {
      // Too long to be within budget, and so is every word with this start: skip them all.
      i = words.prefixEnd(bytes.subarray(begin, begin + (starts[m + budget + 1] as number)), i + 1)
      continue
    }
    i++
  }
  const found = best as { index: number; distance: number; df: number } | null
  return found && { word: words.at(found.index), termId: index.wordTerm[found.index] as number }
}
