import { distance } from 'fastest-levenshtein'

/**
 * How alike two sentences are: 1 − (word edit distance ÷ the longer one's word count). One word
 * changed in a sentence of twenty scores 0.95; a clause of five words added to twenty, 0.8; two
 * unrelated sentences of a report score under 0.4 (they share little but "the", "of", "and", and
 * rarely in the same order). Words are compared lowercased and without punctuation, so a comma or
 * a capital changed still leaves a sentence alike (the word diff shows the change).
 *
 * The edit distance is fastest-levenshtein's (Myers' bit-parallel algorithm, already the app's
 * for anchoring notes), run over words instead of characters: each distinct word is given one
 * UTF-16 code unit, so a sentence becomes a short string of them.
 */

/**
 * At or above this, a sentence of the new edition is the old one edited ("modified"): at least
 * half of its words still stand, in order. The bundled report's most alike two different
 * sentences score 0.26.
 */
export const SIMILAR = 0.5

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu

export function similarityWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"))
}

/** Gives each distinct word a code unit; one coder serves both editions of a comparison. */
export class WordCoder {
  private readonly codes = new Map<string, number>()

  /** The words as a string of one code unit each (flat: one allocation, not one per word). */
  encode(words: readonly string[]): string {
    const units = new Array<number>(words.length)
    words.forEach((word, i) => {
      let code = this.codes.get(word)
      if (code === undefined) {
        // Past 65,535 distinct words codes repeat: two words may then count as one, which can
        // only make two sentences look a little more alike than they are.
        code = 1 + (this.codes.size % 0xffff)
        this.codes.set(word, code)
      }
      units[i] = code
    })
    let encoded = ''
    for (let i = 0; i < units.length; i += 4096) {
      encoded += String.fromCharCode(...units.slice(i, i + 4096))
    }
    return encoded
  }
}

/**
 * Past this many words (a list or a table run together, not a sentence), the edit distance, whose
 * cost grows with the product of the two lengths, is not computed: the share of words the two
 * have in common (repeats counted) stands for it, which costs their lengths' sum.
 */
export const MAX_EDIT_WORDS = 500

/** Similarity of two sentences encoded by the same WordCoder. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  if (longer > MAX_EDIT_WORDS) return similarityBound(sharedWords(a, b), a.length, b.length)
  return 1 - distance(a, b) / longer
}

/** How many words two encoded sentences have in common, repeats counted. */
function sharedWords(a: string, b: string): number {
  const counts = new Map<number, number>()
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i)
    counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i)
    const left = counts.get(code) ?? 0
    if (left === 0) continue
    counts.set(code, left - 1)
    shared++
  }
  return shared
}

/** The best similarity two sentences could have, from how many words they share (with repeats). */
export function similarityBound(shared: number, aLength: number, bLength: number): number {
  const longer = Math.max(aLength, bLength)
  return longer === 0 ? 1 : shared / longer
}
