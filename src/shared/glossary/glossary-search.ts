import type * as Search from '../search/search-types'
import type { Section } from '../report-model'
import type { GlossaryTerm } from './glossary-model'
import { mergeSpans } from '../search/snippet'
import { escapeRegExp, forms } from './term-uses'

/**
 * Search that knows the glossary: a query with an acronym also finds its expansion, and a query
 * with an expansion also finds its acronym ("KNB" ↔ "Committee for National Security"). The
 * engine is asked the query as typed and once per other way of writing it (the acronym put for
 * the expansion, or the expansion, as a phrase, for the acronym); the answers are merged, so the
 * results and the marks in the text hold both forms.
 */

export interface GlossaryPair {
  term: string
  expansion: string
}

/** Past this many other ways of writing a query, the rest are not searched. */
const MAX_VARIANTS = 4

/**
 * The text's words as a pattern, case-insensitive, matched only as whole words. Compiled once
 * per text and kept: a Unicode pattern costs about a millisecond to compile, and a glossary of
 * 245 terms asked on every keystroke once cost 1.4 s on the first search.
 */
function wordsPattern(text: string): RegExp {
  let pattern = patterns.get(text)
  if (!pattern) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${text.trim().split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
      'giu'
    )
    if (patterns.size >= MAX_PATTERNS) patterns.clear()
    patterns.set(text, pattern)
  }
  pattern.lastIndex = 0
  return pattern
}
const patterns = new Map<string, RegExp>()
const MAX_PATTERNS = 2000

/**
 * Text folded so that whatever wordsPattern(x) finds in a query, the folded x is in the folded
 * query: case folded as the pattern's `iu` flags fold it (lower, upper, lower again puts "ſ"
 * with "s", "ẞ" with "ß", "µ" with "μ"; a final "ς" is "σ"), and every run of spaces one space.
 * So the patterns of terms not in the query are never compiled nor run.
 */
export function foldedForMatching(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
    .replaceAll('ς', 'σ')
    .replace(/\s+/g, ' ')
}
/** A way of writing a glossary term that a query may hold: an acronym's form, or its expansion. */
interface Writing {
  /** Its pair's place in the glossary, then 0, 1 for the acronym's forms and 2 for the expansion. */
  order: number
  pair: GlossaryPair
  text: string
  folded: string
  isExpansion: boolean
}

/**
 * A glossary's writings by their first run of letters and digits, folded: a query holds a writing
 * (as a whole word) only where a run of its own letters is that run, so a keystroke looks up the
 * query's few runs instead of trying every term.
 */
interface WritingIndex {
  byLead: Map<string, Writing[]>
  /** Writings that start with neither a letter nor a digit: tried on every query. */
  others: Writing[]
}
const writingIndexes = new WeakMap<readonly GlossaryPair[], WritingIndex>()
const RUN = /[\p{L}\p{N}]+/gu

function writingsOf(pairs: readonly GlossaryPair[]): WritingIndex {
  let index = writingIndexes.get(pairs)
  if (!index) {
    index = { byLead: new Map(), others: [] }
    const add = (writing: Writing) => {
      const lead = /^[\p{L}\p{N}]+/u.exec(writing.folded)?.[0]
      if (lead === undefined) index?.others.push(writing)
      else index?.byLead.set(lead, [...(index.byLead.get(lead) ?? []), writing])
    }
    pairs.forEach((pair, i) => {
      forms(pair.term).forEach((form, f) =>
        add({
          order: i * 3 + f,
          pair,
          text: form,
          folded: foldedForMatching(form),
          isExpansion: false
        })
      )
      add({
        order: i * 3 + 2,
        pair,
        text: pair.expansion,
        folded: foldedForMatching(pair.expansion),
        isExpansion: true
      })
    })
    writingIndexes.set(pairs, index)
  }
  return index
}

/** Whether `at` in the query is inside a "quoted phrase" (an odd number of quotes before it). */
const quotedAt = (query: string, at: number) =>
  (query.slice(0, at).match(/["“”]/g)?.length ?? 0) % 2 === 1

/**
 * The other ways of writing a query with the glossary's terms: each acronym in it (any case,
 * singular or plural) written out, each expansion in it abbreviated, one change per variant.
 */
export function glossaryVariants(query: string, pairs: readonly GlossaryPair[]): string[] {
  const variants: string[] = []
  const add = (variant: string) => {
    if (variant !== query && !variants.includes(variant)) variants.push(variant)
  }
  const foldedQuery = foldedForMatching(query)
  const { byLead, others } = writingsOf(pairs)
  const candidates = new Set(others)
  for (const [run] of foldedQuery.matchAll(RUN))
    for (const writing of byLead.get(run) ?? []) candidates.add(writing)
  // In the glossary's order, as every term was once tried in turn.
  for (const { pair, text, folded, isExpansion } of [...candidates].sort(
    (a, b) => a.order - b.order
  )) {
    if (!foldedQuery.includes(folded)) continue
    if (!isExpansion) {
      add(
        query.replace(wordsPattern(text), (_, at: number) =>
          quotedAt(query, at) ? pair.expansion : `"${pair.expansion}"`
        )
      )
      continue
    }
    // An acronym put last is a whole word, not the start of one still being typed.
    let last = false
    const variant = query.replace(wordsPattern(text), (found: string, at: number) => {
      if (at + found.length === query.length) last = true
      return pair.term
    })
    add(last ? `${variant} ` : variant)
  }
  return variants.slice(0, MAX_VARIANTS)
}

/**
 * The engine, answering with the glossary: `pairsFor(reportId)` gives the terms of one report
 * (or, for null, of all of them); `paragraphOrder(reportId)` the report's paragraph and section
 * ids in reading order, to merge the marks of several answers in order.
 */
export function searchWithGlossary(
  engine: Search.SearchEngine,
  pairsFor: (reportId: string | null) => readonly GlossaryPair[],
  paragraphOrder: (reportId: string) => readonly string[]
): Search.SearchEngine {
  return {
    search(query: string, options: Search.SearchOptions = {}): Search.SearchResponse {
      const primary = engine.search(query, options)
      const variants = glossaryVariants(query, pairsFor(options.reportId ?? null))
      if (variants.length === 0 || primary.preparing) return primary
      return mergeResponses(
        primary,
        variants.map((variant) => engine.search(variant, options)),
        options.limit ?? primary.results.length
      )
    },
    hitsInReport(query: string, reportId: string): Search.ReportHits {
      const primary = engine.hitsInReport(query, reportId)
      const variants = glossaryVariants(query, pairsFor(reportId))
      if (variants.length === 0) return primary
      return mergeHits(
        [primary, ...variants.map((variant) => engine.hitsInReport(variant, reportId))],
        paragraphOrder(reportId)
      )
    }
  }
}

/** The engine over a library, with the glossary of each of its reports (as is, without terms). */
export function libraryWithGlossary(
  engine: Search.SearchEngine,
  library: {
    reports: readonly { id: string; sections: readonly Pick<Section, 'id' | 'paragraphs'>[] }[]
  },
  glossary: readonly GlossaryTerm[]
): Search.SearchEngine {
  if (glossary.length === 0) return engine
  // Each report's terms listed once (the same list each time, so their folded forms are kept).
  const byReport = new Map<string, GlossaryTerm[]>()
  for (const term of glossary) {
    const terms = byReport.get(term.reportId)
    if (terms) terms.push(term)
    else byReport.set(term.reportId, [term])
  }
  const none: GlossaryTerm[] = []
  return searchWithGlossary(
    engine,
    (reportId) => (reportId === null ? glossary : (byReport.get(reportId) ?? none)),
    (reportId) =>
      library.reports
        .find((report) => report.id === reportId)
        ?.sections.flatMap((section) => [section.id, ...section.paragraphs.map((p) => p.id)]) ?? []
  )
}

const refOf = (hit: Search.SearchHit) => `${hit.reportId}/${hit.paragraphId}`

/**
 * One answer from several: the paragraphs any of them found, best first (a paragraph found twice
 * keeps its better result, with the words the other marked marked in it too). The query,
 * corrections and messages are the typed query's, unless only another form found anything.
 */
function mergeResponses(
  primary: Search.SearchResponse,
  others: readonly Search.SearchResponse[],
  limit: number
): Search.SearchResponse {
  const all = [primary, ...others]
  const best = new Map<string, Search.SearchHit>()
  for (const response of all) {
    for (const hit of response.results) {
      const ref = refOf(hit)
      const seen = best.get(ref)
      if (!seen) {
        best.set(ref, hit)
        continue
      }
      // One result with the better snippet, the words the other marked marked in it too.
      const [kept, other] = hit.score > seen.score ? [hit, seen] : [seen, hit]
      const highlights = mergeSpans([...kept.highlights, ...marksOf(other, kept.snippet)])
      best.set(ref, { ...kept, highlights })
    }
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score)
  // Every answer complete: the union is the count; else its best estimate (no paragraph twice
  // among those seen).
  const complete = all.every((r) => r.results.length === r.total)
  const seenTwice = all.reduce((n, r) => n + r.results.length, 0) - best.size
  const total = complete ? best.size : all.reduce((n, r) => n + r.total, 0) - seenTwice
  const voice =
    primary.results.length > 0 ? primary : (others.find((r) => r.results.length > 0) ?? primary)
  return {
    query: primary.query,
    message: voice === primary ? primary.message : null,
    corrected: voice === primary ? primary.corrected : null,
    total,
    results: results.slice(0, Math.max(limit, 1))
  }
}

/** Where the words a hit marked in its snippet stand in another snippet of the same paragraph. */
function marksOf(hit: Search.SearchHit, snippet: string): Search.Span[] {
  const words = new Set(hit.highlights.map(([start, end]) => hit.snippet.slice(start, end)))
  return [...words].flatMap((words) =>
    [...snippet.matchAll(wordsPattern(words))].map((m): Search.Span => [
      m.index,
      m.index + m[0].length
    ])
  )
}

/** The hits of several answers in one report: every span of any of them, in reading order. */
function mergeHits(all: readonly Search.ReportHits[], order: readonly string[]): Search.ReportHits {
  const position = new Map(order.map((id, i) => [id, i]))
  const merge = <K extends 'paragraphId' | 'sectionId'>(
    key: K,
    lists: readonly (Record<K, string> & { spans: Search.Span[] })[][]
  ) => {
    const spans = new Map<string, Search.Span[]>()
    for (const list of lists)
      for (const item of list)
        spans.set(item[key], [...(spans.get(item[key]) ?? []), ...item.spans])
    return [...spans.entries()]
      .sort(([a], [b]) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
      .map(
        ([id, list]) =>
          ({ [key]: id, spans: mergeSpans(list) }) as Record<K, string> & { spans: Search.Span[] }
      )
  }
  const paragraphs = merge(
    'paragraphId',
    all.map((h) => h.paragraphs)
  )
  const headings = merge(
    'sectionId',
    all.map((h) => h.headings)
  )
  const count = (list: { spans: Search.Span[] }[]) => list.reduce((n, p) => n + p.spans.length, 0)
  return {
    reportId: all[0]?.reportId ?? '',
    paragraphs,
    headings,
    hitCount: count(paragraphs) + count(headings)
  }
}
