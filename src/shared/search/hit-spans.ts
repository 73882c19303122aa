import {
  asciiWordBounds,
  isAscii,
  tokenizeWords,
  wordBetween,
  wordOffset,
  type Word
} from '../text/tokenize'
import { findPosting } from './postings'
import { MAX_ORDINAL } from './packed-format'
import { FIELD_TEXT, positionsOf, type PackedIndex } from './packed-index'
import type { PhraseStep, Requirement } from './query-plan'
import type { Span } from './search-types'
import { makeSnippet, mergeSpans, SNIPPET_LENGTH } from './snippet'
import { isStopWord, stem } from './term-pipeline'

/**
 * Where a query's words stand in a text, for marking them: exactly the matched words, and whole
 * phrases. Computed only for what is shown: the snippet of each result shown (placed from the
 * index's word positions, so only the words hit are read), and the paragraphs of the report open
 * in the reader.
 */

/** Paragraphs longer than this are tokenized for highlighting only around their hits. */
const LONG_TEXT = SNIPPET_LENGTH * 2
/** Hits are clustered within this many words to place the snippet. */
const WINDOW_WORDS = 30

/** A requirement's index terms as text, looked up once per search, not once per result. */
interface MarkedTerms {
  words: Set<string>
  sequences: (Set<string> | null)[][]
}
const markedTerms = new WeakMap<Requirement, MarkedTerms>()

function termsOf(index: PackedIndex, requirement: Requirement): MarkedTerms {
  let terms = markedTerms.get(requirement)
  if (!terms) {
    const text = (ids: readonly number[]) => new Set(ids.map((id) => index.term(id)))
    terms = {
      words: text(requirement.words.flatMap((w) => w.alternatives.flatMap((a) => a.termIds))),
      sequences: requirement.sequences.map((steps) =>
        steps.map((step) => (step === null ? null : text(step)))
      )
    }
    markedTerms.set(requirement, terms)
  }
  return terms
}

/** Spans of exactly the matched words (and whole phrases) in a paragraph's text or a heading. */
export function hitSpans(
  index: PackedIndex,
  requirements: readonly Requirement[],
  text: string,
  field: number
): Span[] {
  const searched = requirements.filter(
    (r) => r.clause.presence !== 'prohibited' && r.fieldMask & (1 << field)
  )
  if (searched.length === 0) return []
  const words = tokenizeWords(text)
  const spans: Span[] = []
  for (const requirement of searched) {
    const terms = termsOf(index, requirement)
    if (requirement.clause.kind === 'words') {
      for (const word of words) pushMatches(word, terms.words, spans)
      continue
    }
    for (const steps of terms.sequences) {
      for (let i = 0; i + steps.length <= words.length; i++) {
        if (steps.every((step, k) => step === null || matches(words[i + k] as Word, step)))
          spans.push([firstStart(words[i] as Word), lastEnd(words[i + steps.length - 1] as Word)])
      }
    }
  }
  return mergeSpans(spans)
}

/**
 * Adds the spans of the word (its joined form whole, or its matching parts) that are in `terms`,
 * moved by `shift` (for a word read on its own, from 0).
 */
function pushMatches(word: Word, terms: Set<string>, spans: Span[], shift = 0): void {
  if (word.joined && terms.has(stem(word.joined.term))) {
    spans.push([word.joined.start + shift, word.joined.end + shift])
    return
  }
  for (const p of word.parts)
    if (!isStopWord(p.term) && terms.has(stem(p.term))) spans.push([p.start + shift, p.end + shift])
}

function matches(word: Word, terms: Set<string>): boolean {
  if (word.joined && terms.has(stem(word.joined.term))) return true
  return word.parts.some((p) => !isStopWord(p.term) && terms.has(stem(p.term)))
}

function firstStart(word: Word): number {
  return (word.joined ?? (word.parts[0] as { start: number })).start
}

function lastEnd(word: Word): number {
  return word.joined?.end ?? (word.parts[word.parts.length - 1] as { end: number }).end
}

/**
 * The snippet of a result and its marks. In ASCII text (most text) the hits are placed from the
 * word positions in the index: only the words hit are read, never the whole paragraph. Other
 * text is tokenized, a long paragraph only around its densest cluster of hits (and whole only if
 * the snippet chosen reaches outside that part).
 */
export function snippetOf(
  index: PackedIndex,
  requirements: readonly Requirement[],
  doc: number,
  text: string
): { snippet: string; highlights: Span[] } {
  const placed = isAscii(text) ? placedSpans(index, requirements, doc, text) : null
  return placed ? makeSnippet(text, placed) : tokenizedSnippet(index, requirements, doc, text)
}

/**
 * The hit spans of an ASCII paragraph, placed from the index's word positions: each word a
 * plain clause matched (its joined form or its parts, as hitSpans marks them), each phrase
 * whole. Null where positions cannot say (a paragraph past the last word position stored).
 */
function placedSpans(
  index: PackedIndex,
  requirements: readonly Requirement[],
  doc: number,
  text: string
): Span[] | null {
  const words: { terms: Set<string>; ordinals: number[] }[] = []
  const phrases: [origin: number, length: number][] = []
  let last = -1
  for (const requirement of requirements) {
    if (
      requirement.clause.presence === 'prohibited' ||
      !(requirement.fieldMask & (1 << FIELD_TEXT))
    )
      continue
    if (requirement.clause.kind === 'words') {
      // Plain loops: a prefix has a dozen terms, and this runs for each of the 50 results shown.
      const ordinals: number[] = []
      for (const word of requirement.words)
        for (const alternative of word.alternatives)
          for (const termId of alternative.termIds) {
            const positions = textPositions(index, termId, doc)
            for (let i = 0; i < positions.length; i++) ordinals.push(positions[i] as number)
          }
      ordinals.sort((a, b) => a - b)
      if (ordinals.length > 0) last = Math.max(last, ordinals[ordinals.length - 1] as number)
      words.push({ terms: termsOf(index, requirement).words, ordinals })
      continue
    }
    for (const steps of requirement.sequences)
      for (const origin of sequenceOrigins(index, steps, doc)) {
        phrases.push([origin, steps.length])
        last = Math.max(last, origin + steps.length - 1)
      }
  }
  if (last >= MAX_ORDINAL) return null
  const { starts, ends } = asciiWordBounds(text, last + 1)
  const spans: Span[] = []
  for (const { terms, ordinals } of words)
    for (let i = 0; i < ordinals.length; i++) {
      const o = ordinals[i] as number
      if (o === ordinals[i - 1] || o >= starts.length) continue
      const start = starts[o] as number
      const word = rawWord(text.slice(start, ends[o]))
      if (word) pushMatches(word, terms, spans, start)
    }
  for (const [origin, length] of phrases) {
    if (origin + length - 1 >= starts.length) continue
    const first = rawWord(text.slice(starts[origin], ends[origin]))
    const endAt = origin + length - 1
    const end = rawWord(text.slice(starts[endAt], ends[endAt]))
    if (first && end)
      spans.push([
        firstStart(first) + (starts[origin] as number),
        lastEnd(end) + (starts[endAt] as number)
      ])
  }
  return mergeSpans(spans)
}

/**
 * A raw word's terms and their places within it (from 0), remembered: the same words are hit in
 * result after result and keystroke after keystroke, and reading one costs a few regexes.
 */
function rawWord(raw: string): Word | null {
  let word = rawWords.get(raw)
  if (word === undefined) {
    word = wordBetween(raw, 0, raw.length)
    if (rawWords.size >= MAX_RAW_WORDS) rawWords.clear()
    rawWords.set(raw, word)
  }
  return word
}
const rawWords = new Map<string, Word | null>()
const MAX_RAW_WORDS = 50_000

/** The word positions of a term in the document's text. */
function textPositions(index: PackedIndex, termId: number, doc: number): Uint16Array {
  const postings = index.postings(termId)
  const p = findPosting(postings, doc, 1 << FIELD_TEXT, FIELD_TEXT)
  return p === -1 ? new Uint16Array(0) : positionsOf(postings, p)
}

/** Where the phrase's steps stand one after another in the document's text: each first position. */
function sequenceOrigins(index: PackedIndex, steps: readonly PhraseStep[], doc: number): number[] {
  const positions = steps.map((terms) =>
    terms === null ? null : terms.map((t) => textPositions(index, t, doc))
  )
  const first = positions.findIndex((p) => p !== null)
  if (first === -1) return []
  const origins: number[] = []
  for (const list of positions[first] as Uint16Array[])
    for (const start of list) {
      const origin = start - first
      if (
        origin >= 0 &&
        positions.every((lists, k) => lists === null || lists.some((l) => l.includes(origin + k)))
      )
        origins.push(origin)
    }
  return origins
}

/**
 * The snippet of a result found by tokenizing: a paragraph longer than LONG_TEXT only around its
 * densest cluster of hits (found from the word positions in the index), and whole only if the
 * snippet chosen reaches outside that part.
 */
function tokenizedSnippet(
  index: PackedIndex,
  requirements: readonly Requirement[],
  doc: number,
  text: string
): { snippet: string; highlights: Span[] } {
  const whole = () => makeSnippet(text, hitSpans(index, requirements, text, FIELD_TEXT))
  if (text.length <= LONG_TEXT) return whole()
  const ordinals: number[] = []
  for (const requirement of requirements) {
    if (
      requirement.clause.presence === 'prohibited' ||
      !(requirement.fieldMask & (1 << FIELD_TEXT))
    )
      continue
    for (const word of requirement.words)
      for (const alternative of word.alternatives)
        for (const termId of alternative.termIds)
          ordinals.push(...textPositions(index, termId, doc))
  }
  // Found by its heading alone: the paragraph's start, nothing in it to mark.
  if (ordinals.length === 0) return makeSnippet(text, [])
  ordinals.sort((a, b) => a - b)
  // The first hit of the window of WINDOW_WORDS words that holds the most hits.
  let best = ordinals[0] as number
  let bestCount = 0
  for (let i = 0, j = 0; i < ordinals.length; i++) {
    while (j < ordinals.length && (ordinals[j] as number) - (ordinals[i] as number) < WINDOW_WORDS)
      j++
    if (j - i > bestCount) {
      bestCount = j - i
      best = ordinals[i] as number
    }
  }
  const at = wordOffset(text, best)
  let start = Math.max(0, at - SNIPPET_LENGTH)
  let end = Math.min(text.length, at + SNIPPET_LENGTH * 2)
  // Cut at spaces, so no word is cut in two.
  if (start > 0) start = Math.min(at, text.indexOf(' ', start) + 1 || at)
  if (end < text.length) end = Math.max(at, text.lastIndexOf(' ', end))
  const spans = hitSpans(index, requirements, text.slice(start, end), FIELD_TEXT).map(
    ([s, e]): Span => [s + start, e + start]
  )
  const shown = makeSnippet(text, spans)
  if (spans.length > 0 && shown.start >= start && shown.end <= end) return shown
  return whole()
}
