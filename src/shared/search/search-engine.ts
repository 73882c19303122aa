import type { Library } from '../report-model'
import type { Word } from '../text/tokenize'
import { hitSpans, snippetOf } from './hit-spans'
import { matchQuery, type Match } from './match-query'
import { FIELD_HEADING, FIELD_TEXT, PackedIndex, type IndexedReport } from './packed-index'
import { parseQuery, type ParsedQuery, type QueryClause, type QueryField } from './query-parser'
import { planClause, type Requirement, type WordLookups } from './query-plan'
import { rememberedLookups } from './remembered-lookups'
import { Scratch } from './scratch'
import {
  noLettersOrDigits,
  noMatches,
  shortened,
  typeAWord,
  typeThePhrase
} from './search-messages'
import type {
  ReportHits,
  SearchEngine,
  SearchHit,
  SearchOptions,
  SearchResponse,
  Span
} from './search-types'

/**
 * The query engine: what the user typed → ranked paragraphs with highlighted snippets, over the
 * packed index (see packed-index.ts). Shared by main (the app) and the CLI. Never throws on input.
 * What a typed word matches is its plan (query-plan.ts); which paragraphs match and what to say
 * about it, match-query.ts; the marks, hit-spans.ts. Ranking is BM25 over paragraph text and
 * (boosted) section headings.
 *
 * Cost per keystroke follows the postings of the query's own terms: scores and word marks live in
 * arrays allocated once per engine and stamped per query (scratch.ts), the best results are kept
 * in a bounded heap, only the snippet of each result shown is tokenized for its marks, and a typo
 * is looked up in the index's typo table (closest-word.ts) once per word while the user types.
 * The results' text, ids and headings are in the index: the engine never reads the reports, so it
 * is ready as soon as the index file is read.
 */

const DEFAULT_LIMIT = 20

interface DocInfo {
  reportId: string
  sectionId: string
  heading: string
  paragraphId: string
  text: string
}

/** The reports the index must have been built from: the whole library, or its table of contents. */
export interface ReportSource {
  /** The report's id, contentHash and paragraph count, without reading its text; undefined if absent. */
  describe(reportId: string): { contentHash: string; paragraphs: number } | undefined
}

export function createSearchEngine(
  library: Library,
  packedIndex: Uint8Array | PackedIndex
): SearchEngine {
  return createEngine(librarySource(library), packedIndex)
}

/** Reports of a library in memory, as a ReportSource. */
export function librarySource(library: Library): ReportSource {
  const reports = new Map(library.reports.map((r) => [r.id, r]))
  return {
    describe: (id) => {
      const report = reports.get(id)
      return (
        report && {
          contentHash: report.contentHash,
          paragraphs: report.sections.reduce((n, s) => n + s.paragraphs.length, 0)
        }
      )
    }
  }
}

/**
 * The engine over a packed index and a source of reports. Checks that the index was built from
 * these reports (ids, editions and paragraph counts) without reading their text.
 */
export function createEngine(
  source: ReportSource,
  packedIndex: Uint8Array | PackedIndex
): SearchEngine {
  const index = packedIndex instanceof PackedIndex ? packedIndex : new PackedIndex(packedIndex)
  checkIndexedReports(index.reports, source)
  const context: Context = {
    index,
    docs: new DocumentTable(index),
    scratch: new Scratch(index.documentCount),
    lookups: rememberedLookups(index)
  }
  return {
    search: (query, options) => search(context, query, options ?? {}),
    hitsInReport: (query, reportId) => hitsInReport(context, query, reportId)
  }
}

/** Throws unless every report the index was built from is in the source, in the same edition. */
export function checkIndexedReports(reports: readonly IndexedReport[], source: ReportSource): void {
  for (const indexed of reports) {
    const known = source.describe(indexed.id)
    if (!known)
      throw new Error(
        `search index: report ${indexed.id} is not in the library (rebuild the content)`
      )
    if (known.contentHash !== indexed.contentHash || known.paragraphs !== indexed.paragraphs)
      throw new Error(
        `search index: report ${indexed.id} is another edition than the library's (rebuild the content)`
      )
  }
}

interface Context {
  index: PackedIndex
  docs: DocumentTable
  scratch: Scratch
  /** Corrections and splits of words, remembered while the user types (remembered-lookups.ts). */
  lookups: WordLookups
}

/** Document number → its report and paragraph, read from the index. */
class DocumentTable {
  constructor(private readonly index: PackedIndex) {}

  reportOf(doc: number): number {
    const starts = this.index.reportStart
    let low = 0
    let high = this.index.reports.length - 1
    while (low < high) {
      const mid = (low + high + 1) >>> 1
      if ((starts[mid] as number) <= doc) low = mid
      else high = mid - 1
    }
    return low
  }

  reportNumber(reportId: string): number {
    return this.index.reports.findIndex((r) => r.id === reportId)
  }

  get(doc: number): DocInfo {
    const report = this.index.reports[this.reportOf(doc)] as IndexedReport
    return { reportId: report.id, ...this.index.paragraph(doc) }
  }
}

function search(context: Context, input: string, options: SearchOptions): SearchResponse {
  const { index, docs } = context
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 200))
  const parsed = parseQuery(input, options.asYouType ?? false)
  const match = matchParsed(context, parsed, options.reportId ?? null)
  const messages = [...match.message]
  if (parsed.truncated) messages.unshift(shortened())
  if (parsed.clauses.length === 0 && !parsed.awaitingField)
    messages.push(nothingToSearch(parsed.text))
  else if (match.docs.length === 0 && messages.length === 0 && !match.pending)
    messages.push(noMatches(parsed))

  const results: SearchHit[] = topDocs(match, limit).map((doc) => {
    const info = docs.get(doc)
    const { snippet, highlights } = snippetOf(index, match.requirements, doc, info.text)
    // A paragraph found by its section's heading alone: say which words of the heading matched.
    const headingHighlights =
      highlights.length === 0
        ? hitSpans(index, match.requirements, info.heading, FIELD_HEADING)
        : []
    return {
      reportId: info.reportId,
      sectionId: info.sectionId,
      heading: info.heading,
      paragraphId: info.paragraphId,
      score: Math.round((match.scores[doc] as number) * 1000) / 1000,
      snippet,
      highlights,
      ...(headingHighlights.length > 0 ? { headingHighlights } : {})
    }
  })
  return {
    query: parsed.text,
    message: messages.length > 0 ? messages.join(' ') : null,
    corrected: correctedQuery(parsed.clauses, match.requirements),
    total: match.docs.length,
    results
  }
}

/** What to say for a query with nothing to search for: empty, a lone quote, or only symbols. */
function nothingToSearch(text: string): string {
  if (text === '') return typeAWord()
  if (/^["“”]+$/.test(text)) return typeThePhrase()
  return noLettersOrDigits(text)
}

/** Hits are found as the results were: the last word, if still being typed, as a prefix too. */
function hitsInReport(context: Context, input: string, reportId: string): ReportHits {
  const { index, docs } = context
  const match = matchParsed(context, parseQuery(input, true), reportId)
  const sorted = Array.from(match.docs).sort((a, b) => a - b)
  const paragraphs = sorted
    .map((doc) => {
      const info = docs.get(doc)
      return {
        paragraphId: info.paragraphId,
        spans: hitSpans(index, match.requirements, info.text, FIELD_TEXT)
      }
    })
    .filter((p) => p.spans.length > 0)
  // Headings of the sections the matched paragraphs are in: a heading: search has only these.
  const headings: ReportHits['headings'] = []
  for (const doc of sorted) {
    const info = docs.get(doc)
    if (headings.some((h) => h.sectionId === info.sectionId)) continue
    const spans = hitSpans(index, match.requirements, info.heading, FIELD_HEADING)
    if (spans.length > 0) headings.push({ sectionId: info.sectionId, spans })
  }
  const count = (list: { spans: Span[] }[]) => list.reduce((n, p) => n + p.spans.length, 0)
  return { reportId, paragraphs, headings, hitCount: count(paragraphs) + count(headings) }
}

/** The query's plan and its matches, in the whole library or one report. */
function matchParsed(context: Context, parsed: ParsedQuery, reportId: string | null): Match {
  const { index, docs, scratch } = context
  const requirements = parsed.clauses.map((clause) => planClause(index, clause, context.lookups))
  // Only documents of the report searched, when one is.
  const report = reportId === null ? -1 : docs.reportNumber(reportId)
  const range: [number, number] =
    reportId === null
      ? [0, index.documentCount]
      : report === -1
        ? [0, 0]
        : [index.reportStart[report] as number, index.reportStart[report + 1] as number]
  return matchQuery(index, scratch, requirements, range, parsed.awaitingField)
}

/**
 * The query as searched, when a word was corrected: what the user typed, with each corrected word
 * swapped in, in the case the user typed it ("Kazakstan" → "Kazakhstan", "KNB" stays "KNB");
 * else null.
 */
function correctedQuery(clauses: QueryClause[], requirements: Requirement[]): string | null {
  const corrections = new Map<Word, string>()
  for (const requirement of requirements)
    for (const word of requirement.words)
      if (word.correction !== null) corrections.set(word.word, word.correction)
  if (corrections.size === 0) return null
  return clauses
    .map((clause) => {
      const sign =
        clause.presence === 'required' ? '+' : clause.presence === 'prohibited' ? '-' : ''
      const field: Record<QueryField, string> = { any: '', heading: 'heading:' }
      let body = clause.body
      // From the end, so earlier offsets stay valid.
      for (const word of [...clause.words].reverse()) {
        const fix = corrections.get(word)
        if (!fix) continue
        const start = (word.joined ?? (word.parts[0] as { start: number })).start
        const end = word.joined?.end ?? (word.parts[word.parts.length - 1] as { end: number }).end
        body = body.slice(0, start) + inCaseOf(body.slice(start, end), fix) + body.slice(end)
      }
      body = body.trim()
      return `${sign}${field[clause.field]}${clause.kind === 'phrase' ? `"${body}"` : body}`
    })
    .join(' ')
}

/** `word` in the case pattern of `typed`: all capitals, a capital first letter, or lower case. */
function inCaseOf(typed: string, word: string): string {
  if (/\p{Lu}/u.test(typed) && typed === typed.toUpperCase()) return word.toUpperCase()
  if (/^\p{Lu}/u.test(typed)) return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}

/** Swaps two entries in place (a destructuring swap makes an array each time until optimized). */
function swap(values: number[], i: number, j: number): void {
  const kept = values[i] as number
  values[i] = values[j] as number
  values[j] = kept
}

/** The `limit` best documents by score (ties: reading order), with a bounded heap. */
function topDocs(match: Match, limit: number): number[] {
  const scores = match.scores
  // Worse first: a lower score, or the same score and a later document.
  const worse = (a: number, b: number) =>
    (scores[a] as number) < (scores[b] as number) ||
    ((scores[a] as number) === (scores[b] as number) && a > b)
  const heap: number[] = []
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l
      if (r < heap.length && worse(heap[r] as number, heap[m] as number)) m = r
      if (m === i) return
      swap(heap, i, m)
      i = m
    }
  }
  for (const doc of match.docs) {
    if (heap.length < limit) {
      heap.push(doc)
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >>> 1
        if (!worse(heap[i] as number, heap[parent] as number)) break
        swap(heap, i, parent)
        i = parent
      }
    } else if (worse(heap[0] as number, doc)) {
      heap[0] = doc
      down(0)
    }
  }
  return heap.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
}
