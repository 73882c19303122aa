import { openSearchIndex } from '../../src/content/search-index-file'
import { GENERATED_FILES } from '../../src/shared/report-model'
import type { PackedIndex } from '../../src/shared/search/packed-index'
import { isStopWord, stem } from '../../src/shared/search/term-pipeline'
import { tokenizeWords } from '../../src/shared/text/tokenize'
import { join } from 'node:path'

/**
 * The postings-scan floor: the least any engine over search-index.bin can do per keystroke, to
 * see how far above it the real engine is. Each word's exact term (the word being typed: its 12
 * most common completions) is walked over its postings, the paragraphs with every word are
 * scored by summing weights, the best `limit` kept, and each gets a 200-character window of its
 * text. No typo correction, no phrases, no glossary, no messages, no marks.
 */

const PREFIX_TERMS = 12
const WINDOW = 200

export interface FloorEngine {
  /** The best `limit` documents' numbers and their text windows. */
  search(text: string, limit: number): { docs: number[]; windows: string[] }
}

export async function openFloorEngine(generatedDir: string): Promise<FloorEngine> {
  const index = await openSearchIndex(join(generatedDir, GENERATED_FILES.packedIndex))
  const documents = index.documentCount
  const scores = new Float32Array(documents)
  const counts = new Uint8Array(documents)
  const stamp = new Uint32Array(documents)
  let epoch = 0
  return {
    search(text, limit) {
      const words = tokenizeWords(text)
        .map((w) => (w.joined ?? w.parts[0])?.term ?? '')
        .filter((term) => term.length > 1 && !isStopWord(term))
      if (words.length === 0) return { docs: [], windows: [] }
      epoch++
      const reached: number[] = []
      words.forEach((word, i) => {
        const terms = termsOf(index, word, i === words.length - 1 && !/\s$/.test(text))
        for (const termId of terms) {
          const postings = index.postings(termId)
          for (let p = 0; p < postings.count; p++) {
            const doc = postings.docs[p] as number
            if (stamp[doc] !== epoch) {
              stamp[doc] = epoch
              scores[doc] = 0
              counts[doc] = 0
              reached.push(doc)
            }
            // One count per word: a paragraph reached by two forms of a word has it once.
            if (counts[doc] === i) counts[doc] = i + 1
            scores[doc] = (scores[doc] as number) + (postings.weights[p] as number)
          }
        }
      })
      const all = reached.filter((doc) => counts[doc] === words.length)
      const best = topByScore(all, scores, limit)
      return { docs: best, windows: best.map((doc) => index.paragraph(doc).text.slice(0, WINDOW)) }
    }
  }
}

/** A word's exact term, or (being typed) the terms of its most common completions. */
function termsOf(index: PackedIndex, word: string, typing: boolean): number[] {
  if (!typing) {
    const exact = index.termId(stem(word))
    return exact === undefined ? [] : [exact]
  }
  const [first, end] = index.wordsStartingWith(word)
  const terms = new Set<number>()
  for (let i = first; i < end; i++) terms.add(index.wordTerm[i] as number)
  return [...terms]
    .sort((a, b) => (index.docFreq[b] as number) - (index.docFreq[a] as number) || a - b)
    .slice(0, PREFIX_TERMS)
}

/** The `limit` best documents (a bounded selection, then sorted). */
function topByScore(docs: number[], scores: Float32Array, limit: number): number[] {
  const best: number[] = []
  for (const doc of docs) {
    if (
      best.length === limit &&
      (scores[doc] as number) <= (scores[best[limit - 1] as number] as number)
    )
      continue
    let at = best.length < limit ? best.length : limit - 1
    best[at] = doc
    while (at > 0 && (scores[best[at - 1] as number] as number) < (scores[doc] as number)) {
      best[at] = best[at - 1] as number
      best[at - 1] = doc
      at--
    }
  }
  return best
}
