import type { EditionSentence, EditionText } from './edition-sentences'
import { SIMILAR, WordCoder, similarity, similarityBound } from './sentence-similarity'

/**
 * Which sentence of the old edition each sentence of the new one is: first the same text (after
 * spaces and quote marks are made uniform), then, among those left, text alike enough to be the
 * same sentence edited. Where a pair stands in each edition (in place, or moved) is decided
 * later, from all the pairs at once.
 */

/** `partner[i]` is the index of sentence i's counterpart in the other edition, or -1. */
export interface SentencePairing {
  oldPartner: Int32Array
  newPartner: Int32Array
}

export function pairSentences(before: EditionText, after: EditionText): SentencePairing {
  const pairing: SentencePairing = {
    oldPartner: new Int32Array(before.sentences.length).fill(-1),
    newPartner: new Int32Array(after.sentences.length).fill(-1)
  }
  pairSameText(before.sentences, after.sentences, pairing)
  pairAlikeText(before.sentences, after.sentences, pairing)
  return pairing
}

function link(pairing: SentencePairing, oldIndex: number, newIndex: number): void {
  pairing.oldPartner[oldIndex] = newIndex
  pairing.newPartner[newIndex] = oldIndex
}

/** Where a sentence stands in its edition, from 0 (first) to 1 (last). */
function place(sentence: EditionSentence, count: number): number {
  return count <= 1 ? 0 : sentence.index / (count - 1)
}

/** Past this many candidate pairs for one repeated sentence, its copies are paired in order. */
const MAX_REPEAT_PAIRS = 10_000

function pairSameText(
  before: readonly EditionSentence[],
  after: readonly EditionSentence[],
  pairing: SentencePairing
): void {
  const oldByKey = new Map<string, EditionSentence[]>()
  for (const sentence of before) {
    const list = oldByKey.get(sentence.key)
    if (list) list.push(sentence)
    else oldByKey.set(sentence.key, [sentence])
  }
  const newByKey = new Map<string, EditionSentence[]>()
  for (const sentence of after) {
    if (!oldByKey.has(sentence.key)) continue
    const list = newByKey.get(sentence.key)
    if (list) list.push(sentence)
    else newByKey.set(sentence.key, [sentence])
  }
  for (const [key, news] of newByKey) {
    const olds = oldByKey.get(key) ?? []
    if (olds.length === 1 && news.length === 1) {
      link(pairing, (olds[0] as EditionSentence).index, (news[0] as EditionSentence).index)
    } else if (olds.length * news.length > MAX_REPEAT_PAIRS) {
      for (let i = 0; i < Math.min(olds.length, news.length); i++) {
        link(pairing, (olds[i] as EditionSentence).index, (news[i] as EditionSentence).index)
      }
    } else {
      // A sentence that occurs more than once: each copy goes with the nearest one by place.
      const candidates = olds.flatMap((o) =>
        news.map((n) => ({
          old: o.index,
          new: n.index,
          score: 1,
          gap: Math.abs(place(o, before.length) - place(n, after.length))
        }))
      )
      assignBest(candidates, pairing)
    }
  }
}

interface Candidate {
  old: number
  new: number
  score: number
  /** How far apart the two stand in their editions (0 to 1): the nearer wins a tie. */
  gap: number
}

/** Pairs the best candidates first; each sentence goes to one pair at most. */
function assignBest(candidates: Candidate[], pairing: SentencePairing): void {
  candidates.sort((a, b) => b.score - a.score || a.gap - b.gap || a.new - b.new || a.old - b.old)
  for (const candidate of candidates) {
    if (pairing.oldPartner[candidate.old] !== -1 || pairing.newPartner[candidate.new] !== -1) {
      continue
    }
    link(pairing, candidate.old, candidate.new)
  }
}

/**
 * Pairs sentences left over that are alike. Only sentences that share enough words to reach
 * SIMILAR are measured (an index from word to old sentences counts the shared words, repeats
 * included), so an edition compared with an unrelated one costs little more than reading both.
 */
function pairAlikeText(
  before: readonly EditionSentence[],
  after: readonly EditionSentence[],
  pairing: SentencePairing
): void {
  const olds = before.filter((s) => pairing.oldPartner[s.index] === -1)
  const news = after.filter((s) => pairing.newPartner[s.index] === -1)
  if (olds.length === 0 || news.length === 0) return

  const postings = new Map<string, { old: number; count: number }[]>()
  olds.forEach((sentence, at) => {
    for (const [word, count] of wordCounts(sentence.words)) {
      const list = postings.get(word)
      if (list) list.push({ old: at, count })
      else postings.set(word, [{ old: at, count }])
    }
  })

  const coder = new WordCoder()
  const oldCodes = olds.map((s) => coder.encode(s.words))
  const shared = new Int32Array(olds.length)
  const candidates: Candidate[] = []
  for (const sentence of news) {
    const touched: number[] = []
    for (const [word, count] of wordCounts(sentence.words)) {
      for (const posting of postings.get(word) ?? []) {
        const before = shared[posting.old] as number
        if (before === 0) touched.push(posting.old)
        shared[posting.old] = before + Math.min(count, posting.count)
      }
    }
    const code = coder.encode(sentence.words)
    for (const at of touched) {
      const old = olds[at] as EditionSentence
      const bound = similarityBound(shared[at] as number, old.words.length, sentence.words.length)
      shared[at] = 0
      if (bound < SIMILAR) continue
      const score = similarity(oldCodes[at] as string, code)
      if (score < SIMILAR) continue
      candidates.push({
        old: old.index,
        new: sentence.index,
        score,
        gap: Math.abs(place(old, before.length) - place(sentence, after.length))
      })
    }
  }
  assignBest(candidates, pairing)
}

function wordCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}
