import { parseQuery } from '../search/query-parser'
import type { Span } from '../search/search-types'
import { mergeSpans } from '../search/snippet'
import { isStopWord, stem } from '../search/term-pipeline'
import { tokenizeWords, type Word } from '../text/tokenize'
import type { Annotation, ColorId } from './annotation-model'

/** A note or highlight that matches the search box, shown beside the report results. */
export interface NoteHit {
  id: string
  reportId: string
  color: ColorId
  /** The highlighted text ('' for a section note). */
  quote: string
  note: string
  tags: string[]
  quoteHighlights: Span[]
  noteHighlights: Span[]
}

interface QueryWord {
  stem: string
  term: string
  prefix: boolean
}

/** A query read for searching notes: the words every hit must have, and those it must not. */
export interface NotesQuery {
  wanted: QueryWord[]
  unwanted: QueryWord[]
}

/** A note that matches, with what ranks it among the others. */
export type ScoredNoteHit = NoteHit & { score: number; updatedAt: string }

/**
 * Searches the user's own notes, quotes and tags with the same query reading and word matching
 * as the report search (stems, apostrophes, compounds; the word being typed as a prefix), so a
 * query finds the same words in both. Every word must match; -words exclude. A scan of each
 * note's words (noteWords), read once per note and kept while the note is unchanged: only a note
 * that has every wanted word is read again, for where they are. Main runs it a slice at a time
 * (notesQuery, matchNote, bestNoteHits).
 */
export function searchNotes(
  annotations: readonly Annotation[],
  query: string,
  limit = 20
): NoteHit[] {
  const read = notesQuery(query)
  if (!read) return []
  const hits: ScoredNoteHit[] = []
  for (const annotation of annotations) {
    const hit = matchNote(annotation, read)
    if (hit) hits.push(hit)
  }
  return bestNoteHits(hits, limit)
}

/** The query's words, or null when it has none to look for (stop words, odd input). */
export function notesQuery(query: string): NotesQuery | null {
  const parsed = parseQuery(query, true)
  const wanted: QueryWord[] = []
  const unwanted: QueryWord[] = []
  for (const clause of parsed.clauses) {
    clause.words.forEach((word, i) => {
      const term = (word.joined ?? word.parts[0])?.term
      if (!term || isStopWord(term)) return
      const entry = {
        stem: stem(term),
        term,
        prefix: clause.prefix && i === clause.words.length - 1
      }
      ;(clause.presence === 'prohibited' ? unwanted : wanted).push(entry)
    })
  }
  return wanted.length === 0 ? null : { wanted, unwanted }
}

/**
 * The note as a hit if it has every wanted word (in its quote, note or tags) and no unwanted.
 * `words`: its noteWords, when they were worked out elsewhere and kept beside it (a team layer's).
 */
export function matchNote(
  annotation: Annotation,
  query: NotesQuery,
  words: string[] = noteWords(annotation)
): ScoredNoteHit | null {
  if (!query.wanted.every((w) => words.some((field) => mayHave(field, w)))) return null
  const quote = quoteOf(annotation)
  const found = new Set<QueryWord>()
  // A field without any query word has no span and finds none: it is not read again.
  const fields = fieldsOf(annotation).map((text, i) =>
    [...query.wanted, ...query.unwanted].some((w) => mayHave(words[i] as string, w))
      ? matchingSpans(text, query, found)
      : []
  )
  if (query.unwanted.some((w) => found.has(w))) return null
  if (!query.wanted.every((w) => found.has(w))) return null
  return {
    id: annotation.id,
    reportId: annotation.reportId,
    color: annotation.color,
    quote,
    note: annotation.note,
    tags: annotation.tags,
    quoteHighlights: fields[0] ?? [],
    noteHighlights: fields[1] ?? [],
    score: fields.reduce((n, spans) => n + spans.length, 0),
    updatedAt: annotation.updatedAt
  }
}

/** The best `limit` hits: most matched places first, then the most recently changed. */
export function bestNoteHits(hits: ScoredNoteHit[], limit = 20): NoteHit[] {
  return hits
    .sort(
      (a, b) =>
        b.score - a.score || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)
    )
    .slice(0, limit)
    .map(({ score: _score, updatedAt: _updatedAt, ...hit }) => hit)
}

/** Between two terms in noteWords: a character no term has. */
const SEP = '\u0001'

/**
 * The words of each note read so far: kept for as long as the note object lives (a change makes
 * a new one), so a note is tokenized once, not at every keystroke. Nothing to keep in step.
 */
const wordsOfNotes = new WeakMap<Annotation, string[]>()

/** What a note is searched in: its quote, its note and its tags. */
export const fieldsOf = (annotation: Annotation) => [
  quoteOf(annotation),
  annotation.note,
  annotation.tags.join(' ')
]

/**
 * Every term of a note's quote, note and tags (a string each), and each one's stem, with SEP
 * before and after each: what tells, without reading the note again, whether it may match a
 * query word. Worked out once per note (search-notes keeps it); call it ahead to spare the
 * first search the work.
 */
export function noteWords(annotation: Annotation): string[] {
  let words = wordsOfNotes.get(annotation)
  if (words === undefined) {
    words = fieldWords(fieldsOf(annotation))
    wordsOfNotes.set(annotation, words)
  }
  return words
}

/** noteWords of a note's fields (fieldsOf): what a thread of its own may work out. */
export function fieldWords(fields: string[]): string[] {
  return fields.map((text) => `${SEP}${[...fieldTerms(text)].join(SEP)}${SEP}`)
}

/** Every term of a text and each one's stem: what a query word is matched against (mayHave). */
export function fieldTerms(text: string, found = new Set<string>()): Set<string> {
  for (const word of tokenizeWords(text)) {
    for (const token of word.joined ? [word.joined, ...word.parts] : word.parts) {
      found.add(token.term)
      found.add(stem(token.term))
    }
  }
  return found
}

/** Keeps words worked out elsewhere (fieldWords of its fields) for a note. */
export function keepNoteWords(annotation: Annotation, words: string[]): void {
  wordsOfNotes.set(annotation, words)
}

/** Whether the note's words are known already. */
export const hasNoteWords = (annotation: Annotation) => wordsOfNotes.has(annotation)

/**
 * Whether a note with these words may have the query word, as matchingSpans matches: a term with
 * its stem, or (typed last) a term it starts. Never false for a note that has it; true for some
 * that do not (a term that only looks like a stem), which matchingSpans then reads.
 */
function mayHave(words: string, w: QueryWord): boolean {
  return (
    words.includes(`${SEP}${w.stem}${SEP}`) ||
    (w.prefix && w.term.length >= 2 && words.includes(`${SEP}${w.term}`))
  )
}

/**
 * The words of the fields read lately (the hits of the last keystrokes): the next keystroke
 * mostly narrows the same hits down, so they are not read again. A few thousand at most.
 */
const recentWords = new Map<string, Word[]>()
const RECENT_WORDS = 4_096

function wordsOfText(text: string): Word[] {
  let words = recentWords.get(text)
  if (words === undefined) {
    words = tokenizeWords(text)
    if (recentWords.size >= RECENT_WORDS) recentWords.clear()
    recentWords.set(text, words)
  }
  return words
}

const quoteOf = (annotation: Annotation) =>
  annotation.target.kind === 'text' ? annotation.target.quote.exact : ''

/**
 * Where `text` has a wanted word (a span per word of the text, from its first token that
 * matches), adding every query word it has, wanted or not, to `found`. One reading of the text.
 */
function matchingSpans(text: string, query: NotesQuery, found: Set<QueryWord>): Span[] {
  if (!text) return []
  const spans: Span[] = []
  for (const word of wordsOfText(text)) {
    const tokens = word.joined ? [word.joined, ...word.parts] : word.parts
    let marked = false
    for (const token of tokens) {
      const tokenStem = stem(token.term)
      const matches = (w: QueryWord) =>
        tokenStem === w.stem || (w.prefix && w.term.length >= 2 && token.term.startsWith(w.term))
      for (const w of query.unwanted) if (matches(w)) found.add(w)
      let wanted = false
      for (const w of query.wanted) {
        if (matches(w)) {
          found.add(w)
          wanted = true
        }
      }
      if (wanted && !marked) {
        spans.push([token.start, token.end])
        marked = true
      }
    }
  }
  return mergeSpans(spans)
}
