import type { Word } from '../text/tokenize'
import { closestWord } from './closest-word'
import { findPosting } from './postings'
import { FIELD_HEADING, FIELD_TEXT, positionsOf, type PackedIndex } from './packed-index'
import type { QueryClause } from './query-parser'
import { isStopWord, startsAStopWord, stem } from './term-pipeline'

/**
 * What each typed word can match in the index: the plan a query is searched and highlighted by.
 *
 * - A word matches its stem; a compound (non-violent, API/PNR) matches its joined form or all its
 *   parts; a word typed joined that the index does not know matches two known words standing one
 *   after the other ("nonviolent" finds "non violent"); the word being typed also matches as a
 *   prefix of the most common known words that start with it (2+ characters).
 * - A word the index does not know is corrected to the closest known word (`correct`).
 * - A phrase may stand in the text in several ways (see PhraseStep).
 */

const PREFIX_EXPANSIONS = 12
/** A word typed joined is looked for as two words only if it is this long, each half at least SPLIT_PART. */
const SPLIT_WORD = 6
const SPLIT_PART = 3
/** A phrase is looked for in at most this many ways. */
const MAX_SEQUENCES = 8
export const BOOST = { exact: 1, compoundParts: 0.8, split: 0.8, corrected: 0.9, prefix: 0.5 }

/** One way a word can match: all these terms in one document (and, if `adjacent`, in this order, one after the other). */
export interface Alternative {
  termIds: number[]
  boost: number
  adjacent: boolean
}

export interface PlannedWord {
  word: Word
  /** The word's term as typed (lower case), for messages. */
  text: string
  offset: number
  alternatives: Alternative[]
  /** Too common to search for (the index leaves it out). */
  stop: boolean
  /** Still being typed and a single character: left out until it is longer. */
  pending: boolean
  /** Still being typed (matched as a prefix too). */
  typing: boolean
  /** The known word it was corrected to (then its only alternative), else null. */
  correction: string | null
  /** A single letter or digit: it never brings in a paragraph by itself among "some of these words". */
  weak: boolean
}

/**
 * One step of a phrase: any of these terms at the step's position, or null for a word that is too
 * common to be indexed (any word stands there).
 */
export type PhraseStep = number[] | null

export interface Requirement {
  clause: QueryClause
  words: PlannedWord[]
  /** Which fields it may match in (bits FIELD_TEXT, FIELD_HEADING). */
  fieldMask: number
  /**
   * For a phrase: the ways its words may stand one after another in the text. A compound typed
   * with a hyphen also stands as its parts ("command-line" as "command line"), two words typed
   * apart also as their joined form ("command line" as "command-line"), a word typed joined also
   * as its two halves. Empty for plain words.
   */
  sequences: PhraseStep[][]
}

/** Looking up what the index holds for a word, remembered by the engine while the user types. */
export interface WordLookups {
  /** The closest known word (closest-word.ts), or null. */
  correct(term: string, typing: boolean): { word: string; termId: number } | null
  /** Two known words that written together make the term and stand together (splitWord), or null. */
  split(term: string): number[] | null
}

/** Looking everything up again every time: for tests and one-off searches. */
export const freshLookups = (index: PackedIndex): WordLookups => ({
  correct: (term, typing) => closestWord(index, term, typing),
  split: (term) => splitWord(index, term)
})

/** Words of the clause that a paragraph must have (not too common, not waiting for more letters). */
export const counts = (w: PlannedWord): boolean => !w.stop && !w.pending

export function planClause(
  index: PackedIndex,
  clause: QueryClause,
  lookups: WordLookups
): Requirement {
  const fieldMask =
    clause.field === 'heading' ? 1 << FIELD_HEADING : (1 << FIELD_TEXT) | (1 << FIELD_HEADING)
  const words = clause.words.map((word, offset) =>
    planWord(
      index,
      clause,
      word,
      offset,
      clause.prefix && offset === clause.words.length - 1,
      lookups
    )
  )
  return {
    clause,
    words,
    fieldMask,
    sequences: clause.kind === 'phrase' ? phraseSequences(index, words) : []
  }
}

function planWord(
  index: PackedIndex,
  clause: QueryClause,
  word: Word,
  offset: number,
  typing: boolean,
  lookups: WordLookups
): PlannedWord {
  const main = termOf(word)
  const planned: PlannedWord = {
    word,
    text: main,
    offset,
    alternatives: [],
    stop: false,
    pending: false,
    typing,
    correction: null,
    weak: /^(?:\p{N}|[a-z])$/u.test(main)
  }
  // A word being typed is a prefix: its first letter alone matches too much to search for.
  if (typing && main.length < 2) return { ...planned, pending: true }
  if (!word.joined && word.parts.every((p) => isStopWord(p.term))) return { ...planned, stop: true }
  const alternatives = planned.alternatives
  const exact = index.termId(stem(main))
  if (exact !== undefined)
    alternatives.push({ termIds: [exact], boost: BOOST.exact, adjacent: false })
  if (word.joined) {
    const parts = word.parts
      .filter((p) => !isStopWord(p.term))
      .map((p) => index.termId(stem(p.term)))
    if (parts.length > 0 && parts.every((id) => id !== undefined)) {
      alternatives.push({ termIds: parts as number[], boost: BOOST.compoundParts, adjacent: false })
    }
  }
  if (typing) {
    for (const termId of prefixTerms(index, main)) {
      if (termId !== exact)
        alternatives.push({ termIds: [termId], boost: BOOST.prefix, adjacent: false })
    }
  }
  // Written together, it also finds the two words written apart ("nonviolent", "non violent").
  if (!word.joined) {
    const halves = lookups.split(main)
    if (halves) alternatives.push({ termIds: halves, boost: BOOST.split, adjacent: true })
  }
  if (alternatives.length === 0 && clause.kind === 'words') {
    const fix = lookups.correct(main, typing)
    if (fix) {
      alternatives.push({ termIds: [fix.termId], boost: BOOST.corrected, adjacent: false })
      planned.correction = fix.word
    }
  }
  // Typed so far, it matches nothing, but it may still become a word the index leaves out ("fro").
  if (alternatives.length === 0 && typing && startsAStopWord(main)) planned.pending = true
  return planned
}

/** A word's search term: the joined form of a compound, else its one part. */
export function termOf(word: Word): string {
  return (word.joined ?? (word.parts[0] as { term: string })).term
}

/**
 * Two known words that, written together, make the word ("nonviolent" → non + violent) and stand
 * one after the other somewhere in the text: the split whose rarer half is the most common; null
 * if there is none.
 */
export function splitWord(index: PackedIndex, term: string): number[] | null {
  const points = Array.from(term)
  if (points.length < SPLIT_WORD || /\d/.test(term)) return null
  let best: { ids: number[]; df: number } | null = null
  for (let at = SPLIT_PART; at <= points.length - SPLIT_PART; at++) {
    const first = points.slice(0, at).join('')
    const second = points.slice(at).join('')
    if (isStopWord(first) || isStopWord(second)) continue
    const a = index.termId(stem(first))
    const b = index.termId(stem(second))
    if (a === undefined || b === undefined) continue
    const df = Math.min(index.docFreq[a] as number, index.docFreq[b] as number)
    if ((!best || df > best.df) && standTogether(index, a, b)) best = { ids: [a, b], df }
  }
  return best?.ids ?? null
}

/** Postings looked at, at most, to find two terms standing together. */
const TOGETHER_LOOKS = 2000

/** Whether term b follows term a somewhere in the text (looking at a bounded number of postings). */
function standTogether(index: PackedIndex, a: number, b: number): boolean {
  const first = index.postings(a)
  const second = index.postings(b)
  for (let p = 0; p < Math.min(first.count, TOGETHER_LOOKS); p++) {
    const field = first.fields[p] as number
    const q = findPosting(second, first.docs[p] as number, 1 << field, field)
    if (q === -1) continue
    const after = positionsOf(second, q)
    for (const position of positionsOf(first, p)) if (after.includes(position + 1)) return true
  }
  return false
}

/** Index terms of the most common known words starting with `prefix`. */
function prefixTerms(index: PackedIndex, prefix: string): number[] {
  // The PREFIX_EXPANSIONS most common terms (ties: the lower term id), kept sorted as found.
  const best: { termId: number; df: number }[] = []
  const [first, end] = index.wordsStartingWith(prefix)
  for (let i = first; i < end; i++) {
    const termId = index.wordTerm[i] as number
    const df = index.docFreq[termId] as number
    const worst = best[best.length - 1]
    if (
      best.length === PREFIX_EXPANSIONS &&
      worst &&
      (df < worst.df || (df === worst.df && termId > worst.termId))
    )
      continue
    if (best.some((b) => b.termId === termId)) continue
    let at = best.length
    while (at > 0) {
      const b = best[at - 1] as { termId: number; df: number }
      if (b.df > df || (b.df === df && b.termId < termId)) break
      at--
    }
    best.splice(at, 0, { termId, df })
    if (best.length > PREFIX_EXPANSIONS) best.pop()
  }
  return best.map((b) => b.termId)
}

/** The single-term alternatives of a word: what may stand at its one position. */
function singleTerms(word: PlannedWord): number[] {
  return word.alternatives.filter((a) => a.termIds.length === 1).map((a) => a.termIds[0] as number)
}

/**
 * The ways a phrase's words may stand one after another (see Requirement.sequences). A word still
 * waiting for more letters at the end is left out: the phrase so far is searched.
 */
function phraseSequences(index: PackedIndex, all: PlannedWord[]): PhraseStep[][] {
  let end = all.length
  while (end > 0 && (all[end - 1] as PlannedWord).pending) end--
  const words = all.slice(0, end)
  const sequences: PhraseStep[][] = []
  const walk = (i: number, steps: PhraseStep[]) => {
    if (sequences.length >= MAX_SEQUENCES) return
    if (i === words.length) {
      if (steps.some((s) => s !== null)) sequences.push(steps)
      return
    }
    const word = words[i] as PlannedWord
    if (word.stop) return walk(i + 1, [...steps, null])
    const single = singleTerms(word)
    if (single.length > 0) walk(i + 1, [...steps, single])
    // A compound typed with a hyphen, standing as its parts; a word typed joined, as its halves.
    for (const alternative of word.alternatives) {
      if (alternative.termIds.length > 1 && (alternative.adjacent || word.word.joined)) {
        const parts = word.word.joined
          ? word.word.parts.map((p) => (isStopWord(p.term) ? null : index.termId(stem(p.term))))
          : alternative.termIds
        if (parts.every((p) => p !== undefined))
          walk(i + 1, [...steps, ...parts.map((p) => (p === null ? null : [p]))])
      }
    }
    // Two words typed apart, standing as one joined word ("command line" → "command-line").
    const next = words[i + 1]
    if (next && !word.stop && !next.stop) {
      const joined = index.termId(stem(word.text + next.text))
      if (joined !== undefined) walk(i + 2, [...steps, [joined]])
    }
  }
  walk(0, [])
  return sequences
}
