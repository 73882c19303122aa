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

const wordsPattern = (text: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${text.trim().split(/\s+/).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
    'giu'
  )
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
  for (const { term, expansion } of pairs) {
    for (const form of forms(term)) {
      add(
        query.replace(wordsPattern(form), (_, at: number) =>
          quotedAt(query, at) ? expansion : `"${expansion}"`
        )
      )
    }
    add(query.replace(wordsPattern(expansion), term))
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
  return searchWithGlossary(
    engine,
    (reportId) =>
      reportId === null ? glossary : glossary.filter((term) => term.reportId === reportId),
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
