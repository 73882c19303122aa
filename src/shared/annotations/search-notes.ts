import { parseQuery } from '../search/query-parser'
import type { Span } from '../search/search-types'
import { mergeSpans } from '../search/snippet'
import { isStopWord, stem } from '../search/term-pipeline'
import { tokenizeWords } from '../text/tokenize'
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

/**
 * Searches the user's own notes, quotes and tags with the same query reading and word matching
 * as the report search (stems, apostrophes, compounds; the word being typed as a prefix), so a
 * query finds the same words in both. Every word must match; -words exclude. A linear scan: even
 * 100,000 notes take a few milliseconds, and notes change too often for a prebuilt index.
 */
export function searchNotes(
  annotations: readonly Annotation[],
  query: string,
  limit = 20
): NoteHit[] {
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
  if (wanted.length === 0) return []

  const hits: (NoteHit & { score: number; updatedAt: string })[] = []
  for (const annotation of annotations) {
    const quote = annotation.target.kind === 'text' ? annotation.target.quote.exact : ''
    const fields = [quote, annotation.note, annotation.tags.join(' ')]
    const spans = fields.map((text) => matchingSpans(text, wanted))
    const matchedWords = wanted.filter((w) =>
      fields.some((text) => matchingSpans(text, [w]).length > 0)
    )
    if (matchedWords.length < wanted.length) continue
    if (unwanted.some((w) => fields.some((text) => matchingSpans(text, [w]).length > 0))) continue
    hits.push({
      id: annotation.id,
      reportId: annotation.reportId,
      color: annotation.color,
      quote,
      note: annotation.note,
      tags: annotation.tags,
      quoteHighlights: spans[0] ?? [],
      noteHighlights: spans[1] ?? [],
      score: spans.reduce((n, s) => n + s.length, 0),
      updatedAt: annotation.updatedAt
    })
  }
  return hits
    .sort(
      (a, b) =>
        b.score - a.score || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)
    )
    .slice(0, limit)
    .map(({ score: _score, updatedAt: _updatedAt, ...hit }) => hit)
}

function matchingSpans(text: string, words: readonly QueryWord[]): Span[] {
  if (!text) return []
  const spans: Span[] = []
  for (const word of tokenizeWords(text)) {
    const tokens = word.joined ? [word.joined, ...word.parts] : word.parts
    for (const token of tokens) {
      const ok = words.some(
        (w) =>
          stem(token.term) === w.stem ||
          (w.prefix && w.term.length >= 2 && token.term.startsWith(w.term))
      )
      if (ok) {
        spans.push([token.start, token.end])
        break
      }
    }
  }
  return mergeSpans(spans)
}
