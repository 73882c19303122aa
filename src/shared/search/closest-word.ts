import { wordGrams } from './packed-format'
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
 * Only words that share enough letter pairs with the typed word are compared (the index's typo
 * table, packed-index.ts): each typo changes at most two of the word's pairs (the first letter
 * paired with the start of the word, then each letter with the next), so a word within k typos of
 * the m letters typed holds at least m − 2k of their pairs (and a longer word holds all its
 * start's pairs). Counting them over the table's lists costs a few lists of word numbers, not a
 * walk of the vocabulary (which took 8–73 ms for one misspelling of 12 letters in 30,000 words).
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
  const needed = Math.max(1, m - 2 * budget) // at least 2 with the budgets of allowedTypos
  const counts = countsFor(index)
  const { shared, stamp, found } = counts
  const epoch = ++counts.epoch
  found.length = 0
  const grams = index.grams()
  for (const bucket of wordGrams(query, grams.start.length - 1)) {
    const end = grams.start[bucket + 1] as number
    for (let at = grams.start[bucket] as number; at < end; at++) {
      const word = grams.words[at] as number
      if (stamp[word] !== epoch) {
        stamp[word] = epoch
        shared[word] = 0
      }
      const count = (shared[word] as number) + 1
      shared[word] = count
      // Listed once, as it reaches the pairs needed: only these few are compared.
      if (count === needed) found.push(word)
    }
  }
  // In word order, so that of equally close and common words the first in code point order wins.
  found.sort((a, b) => a - b)
  const { offsets, bytes } = index.words
  const points = new Int32Array(m + budget + 1)
  const rows = new Int32Array(2 * (m + budget + 1))
  let best: { index: number; distance: number; df: number } | null = null
  for (const i of found) {
    // Its first m + budget + 1 code points: enough to tell a word too long from one compared by its start.
    const count = codePoints(bytes, offsets[i] as number, offsets[i + 1] as number, points)
    const tooLong = count > m + budget
    if (tooLong && !typing) continue
    const length = tooLong ? m + 1 : count
    if (Math.abs(length - m) > budget) continue
    const distance = editDistance(query, points, length, budget, rows)
    if (distance > budget) continue
    const df = index.docFreq[index.wordTerm[i] as number] as number
    if (!best || distance < best.distance || (distance === best.distance && df > best.df))
      best = { index: i, distance, df }
  }
  return best && { word: index.words.at(best.index), termId: index.wordTerm[best.index] as number }
}

/**
 * Decodes the UTF-8 bytes [from, to) into `points`, as many code points as it holds; returns
 * how many there are, up to points.length + 1 (one more means "longer than that").
 */
function codePoints(bytes: Uint8Array, from: number, to: number, points: Int32Array): number {
  let count = 0
  for (let at = from; at < to; count++) {
    if (count === points.length) return count + 1
    const b0 = bytes[at] as number
    let cp: number
    if (b0 < 0x80) {
      cp = b0
      at += 1
    } else if (b0 < 0xe0) {
      cp = ((b0 & 0x1f) << 6) | ((bytes[at + 1] as number) & 0x3f)
      at += 2
    } else if (b0 < 0xf0) {
      cp =
        ((b0 & 0x0f) << 12) |
        (((bytes[at + 1] as number) & 0x3f) << 6) |
        ((bytes[at + 2] as number) & 0x3f)
      at += 3
    } else {
      cp =
        ((b0 & 0x07) << 18) |
        (((bytes[at + 1] as number) & 0x3f) << 12) |
        (((bytes[at + 2] as number) & 0x3f) << 6) |
        ((bytes[at + 3] as number) & 0x3f)
      at += 4
    }
    points[count] = cp
  }
  return count
}

/** Per index: shared-pair counts per word, stamped per call so that nothing is cleared. */
interface Counts {
  shared: Uint16Array
  stamp: Uint32Array
  epoch: number
  found: number[]
}
const countsOfIndex = new WeakMap<PackedIndex, Counts>()

function countsFor(index: PackedIndex): Counts {
  let counts = countsOfIndex.get(index)
  if (!counts || counts.epoch === 0xffffffff) {
    counts = {
      shared: new Uint16Array(index.wordCount),
      stamp: new Uint32Array(index.wordCount),
      epoch: 0,
      found: []
    }
    countsOfIndex.set(index, counts)
  }
  return counts
}

/**
 * Levenshtein distance between `a` and the first `length` code points of `b`, or any number above
 * `budget` once it is exceeded. `rows` holds two rows of length + 1 cells, reused.
 */
function editDistance(
  a: readonly number[],
  b: Int32Array,
  length: number,
  budget: number,
  rows: Int32Array
): number {
  // Rows over b: previous at [0, width), current at [width, 2 width).
  const width = length + 1
  let previous = 0
  let current = width
  for (let j = 0; j <= length; j++) rows[j] = j
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i
    let smallest = i
    const ai = a[i - 1]
    for (let j = 1; j <= length; j++) {
      const value = Math.min(
        (rows[previous + j] as number) + 1,
        (rows[current + j - 1] as number) + 1,
        (rows[previous + j - 1] as number) + (ai === b[j - 1] ? 0 : 1)
      )
      rows[current + j] = value
      if (value < smallest) smallest = value
    }
    if (smallest > budget) return budget + 1
    ;[previous, current] = [current, previous]
  }
  return rows[previous + length] as number
}
