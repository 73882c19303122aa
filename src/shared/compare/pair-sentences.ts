import { partitionPoint } from '../sorted/partition-point'
import type { EditionSentence, EditionText } from './edition-sentences'
import { SIMILAR, similarity, similarityBound } from './sentence-similarity'

/**
 * Which sentence of the old edition each sentence of the new one is: first the same text (after
 * spaces and quote marks are made uniform), then, among those left, text alike enough to be the
 * same sentence edited. Where a pair stands in each edition (in place, or moved) is decided
 * later, from all the pairs at once.
 *
 * The work is bounded per sentence, so two editions cost about what reading them costs, however
 * alike their sentences are (a report whose sentences differ in one word each, or two unrelated
 * reports in one vocabulary, once cost time and memory that grew with the square of their size):
 * - a copy of a repeated sentence is paired with one of the nearest copies to where it would
 *   stand (REPEAT_WINDOW on each side);
 * - an edited sentence is looked for through the words it shares with old ones: every old
 *   sentence with a rare word of it (a word in at most POSTING_WINDOW old sentences), and, for a
 *   common word, the POSTING_WINDOW old sentences with it nearest to where the sentence would
 *   stand (after the last sentence before it that kept its text); of those, the MAX_MEASURED that
 *   share the rarest words are measured.
 * So a sentence edited where it stands is found among its neighbours, and one edited and moved
 * far is found by its rare words (names, numbers, terms); one moved far that shares only common
 * words with its old self is reported deleted and inserted instead.
 */

/** `partner[i]` is the index of sentence i's counterpart in the other edition, or -1. */
export interface SentencePairing {
  oldPartner: Int32Array
  newPartner: Int32Array
}

/** Copies of a repeated sentence looked at on each side of where each new copy would stand. */
export const REPEAT_WINDOW = 8
/** Old sentences with one common word looked at for a new sentence, nearest to its place. */
export const POSTING_WINDOW = 32
/** Old sentences measured (word edit distance) against one new sentence, at most. */
export const MAX_MEASURED = 16

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

/** The first position in a rising list at which `value` could be inserted. */
function lowerBound(list: ArrayLike<number>, value: number, key = (x: number) => x): number {
  return partitionPoint(0, list.length, (i) => key(list[i] as number) < value)
}

/** [from, to) of `window` items of a list of `length`, centred on `at`. */
function windowAround(at: number, length: number, window: number): [number, number] {
  const from = Math.max(0, Math.min(at - (window >> 1), length - window))
  return [from, Math.min(length, from + window)]
}

/**
 * Pairs sentences with the same text. A sentence found once in each edition is paired at once;
 * those pairs then say where each other sentence would stand (expectedOldIndex), and each copy of
 * a repeated sentence goes with the copy nearest to that place, among the REPEAT_WINDOW copies on
 * each side of it. Copies left over (their near copies taken by others) go with each other in order.
 */
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
  const repeated: [EditionSentence[], EditionSentence[]][] = []
  for (const [key, news] of newByKey) {
    const olds = oldByKey.get(key) ?? []
    if (olds.length === 1 && news.length === 1) {
      link(pairing, (olds[0] as EditionSentence).index, (news[0] as EditionSentence).index)
    } else repeated.push([olds, news])
  }
  if (repeated.length === 0) return
  const expected = expectedOldIndex(after, before.length, pairing)
  const candidates: Candidate[] = []
  for (const [olds, news] of repeated) {
    const oldIndices = olds.map((o) => o.index)
    for (const n of news) {
      const near = expected[n.index] as number
      const [from, to] = windowAround(lowerBound(oldIndices, near), olds.length, 2 * REPEAT_WINDOW)
      for (let i = from; i < to; i++) {
        const o = olds[i] as EditionSentence
        const gap = Math.abs(o.index - near) / Math.max(before.length, 1)
        candidates.push({ old: o.index, new: n.index, score: 1, gap })
      }
    }
  }
  assignBest(candidates, pairing)
  for (const [olds, news] of repeated) {
    const oldsLeft = olds.filter((o) => pairing.oldPartner[o.index] === -1)
    const newsLeft = news.filter((n) => pairing.newPartner[n.index] === -1)
    for (let i = 0; i < Math.min(oldsLeft.length, newsLeft.length); i++) {
      link(pairing, (oldsLeft[i] as EditionSentence).index, (newsLeft[i] as EditionSentence).index)
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
 * For each new sentence, the position in the old edition where it would stand: after the old
 * partner of the last sentence before it that is paired (as far after it as the new sentence is
 * after that one); before any pair, as far before the first; without pairs, at the same place.
 */
function expectedOldIndex(
  after: readonly EditionSentence[],
  oldCount: number,
  pairing: SentencePairing
): Float64Array {
  const expected = new Float64Array(after.length)
  let anchorNew = -1
  let anchorOld = -1
  for (const sentence of after) {
    const partner = pairing.newPartner[sentence.index] as number
    if (partner !== -1) {
      anchorNew = sentence.index
      anchorOld = partner
    }
    expected[sentence.index] =
      anchorNew === -1 ? Number.NaN : anchorOld + (sentence.index - anchorNew)
  }
  // Before the first pair: counted back from it; with no pair at all, by place.
  const first = after.findIndex((s) => pairing.newPartner[s.index] !== -1)
  for (let i = 0; i < (first === -1 ? after.length : first); i++) {
    expected[i] =
      first === -1
        ? (i * Math.max(oldCount - 1, 0)) / Math.max(after.length - 1, 1)
        : (pairing.newPartner[first] as number) - (first - i)
  }
  return expected
}

/** Old sentences of one word: their positions among the unpaired (rising), and the word's count. */
interface Postings {
  at: number[]
  count: number[]
}

/**
 * Pairs sentences left over that are alike: for each new sentence, the old ones found through
 * the words they share (see the top of this file), measured by word edit distance; the best
 * pairs first.
 */
function pairAlikeText(
  before: readonly EditionSentence[],
  after: readonly EditionSentence[],
  pairing: SentencePairing
): void {
  const olds = before.filter((s) => pairing.oldPartner[s.index] === -1)
  const news = after.filter((s) => pairing.newPartner[s.index] === -1)
  if (olds.length === 0 || news.length === 0) return

  // By word code: one code unit stands for one word of both editions (see WordCoder).
  const postings = new Map<number, Postings>()
  olds.forEach((sentence, at) => {
    for (const [word, count] of wordCounts(sentence.codes)) {
      const list = postings.get(word)
      if (list) {
        list.at.push(at)
        list.count.push(count)
      } else postings.set(word, { at: [at], count: [count] })
    }
  })
  const oldIndices = olds.map((s) => s.index)
  const expected = expectedOldIndex(after, before.length, pairing)

  const shared = new Int32Array(olds.length)
  const weight = new Float64Array(olds.length)
  const candidates: Candidate[] = []
  for (const sentence of news) {
    const near = lowerBound(oldIndices, expected[sentence.index] as number)
    const touched: number[] = []
    // Occurrences of the sentence's words whose old sentences were not all looked at: any old
    // sentence may share them, so they count towards the best it could score.
    let unseen = 0
    for (const [word, count] of wordCounts(sentence.codes)) {
      const list = postings.get(word)
      if (!list) continue
      const rarity = Math.log(1 + olds.length / list.at.length)
      let [from, to] = [0, list.at.length]
      if (list.at.length > POSTING_WINDOW) {
        ;[from, to] = windowAround(lowerBound(list.at, near), list.at.length, POSTING_WINDOW)
        unseen += count
      }
      for (let p = from; p < to; p++) {
        const at = list.at[p] as number
        const both = Math.min(count, list.count[p] as number)
        if (shared[at] === 0) touched.push(at)
        shared[at] = (shared[at] as number) + both
        weight[at] = (weight[at] as number) + rarity * both
      }
    }
    const measurable: number[] = []
    for (const at of touched) {
      const old = olds[at] as EditionSentence
      const best = (shared[at] as number) + unseen
      if (similarityBound(best, old.codes.length, sentence.codes.length) >= SIMILAR) {
        measurable.push(at)
      }
    }
    // The old sentences sharing the rarest words first; among equals, the nearest.
    measurable.sort(
      (a, b) =>
        (weight[b] as number) - (weight[a] as number) ||
        Math.abs(a - near) - Math.abs(b - near) ||
        a - b
    )
    for (const at of measurable.slice(0, MAX_MEASURED)) {
      const old = olds[at] as EditionSentence
      const score = similarity(old.codes, sentence.codes)
      if (score < SIMILAR) continue
      candidates.push({
        old: old.index,
        new: sentence.index,
        score,
        gap: Math.abs(place(old, before.length) - place(sentence, after.length))
      })
    }
    for (const at of touched) {
      shared[at] = 0
      weight[at] = 0
    }
  }
  assignBest(candidates, pairing)
}

/** How many times each word (code unit) occurs in an encoded sentence. */
function wordCounts(codes: string): Map<number, number> {
  const counts = new Map<number, number>()
  for (let i = 0; i < codes.length; i++) {
    const code = codes.charCodeAt(i)
    counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  return counts
}
