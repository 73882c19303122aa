import type { Library, ProcessedReport } from '../report-model'
import { tokenizeWords, wordOffset, type Word } from '../text/tokenize'
import { closestWord } from './closest-word'
import { FIELD_HEADING, FIELD_TEXT, PackedIndex, type IndexedReport } from './packed-index'
import {
  MAX_QUERY_LENGTH,
  parseQuery,
  type ParsedQuery,
  type QueryClause,
  type QueryField
} from './query-parser'
import type {
  ReportHits,
  SearchEngine,
  SearchHit,
  SearchOptions,
  SearchResponse,
  Span
} from './search-types'
import { makeSnippet, mergeSpans, SNIPPET_LENGTH } from './snippet'
import { isStopWord, stem } from './term-pipeline'

/**
 * The query engine: what the user typed → ranked paragraphs with highlighted snippets, over the
 * packed index (see packed-index.ts). Shared by main (the app) and the CLI. Never throws on input.
 *
 * - Every word must match (AND); if no paragraph has them all, paragraphs with some of them are
 *   shown, and the message says so. +word is always required, -word excludes.
 * - A word matches its stem; a compound (non-violent, API/PNR) matches its joined form or all its
 *   parts; the word being typed also matches as a prefix of known words (2+ characters).
 * - A word the index does not know is corrected to the closest known word within an edit distance
 *   scaled to its length, and `corrected` shows the query that was searched.
 * - "Phrases" match only where their words stand next to each other (word positions, checked).
 * - Ranking is BM25 over paragraph text and (boosted) section headings.
 *
 * Cost per keystroke follows the postings of the query's own terms: scores and word marks live in
 * arrays allocated once per engine and stamped per query (nothing the size of the library is
 * allocated or swept per keystroke), the best results are kept in a bounded heap, a long
 * paragraph is tokenized for highlighting only around its hits, and a typo is looked up by
 * walking the sorted words as a trie (closest-word.ts). Paragraph text is read from the reports
 * only for the results shown, so the engine is ready as soon as the index file is read.
 */

const DEFAULT_LIMIT = 20
const PREFIX_EXPANSIONS = 12
const BOOST = { exact: 1, compoundParts: 0.8, corrected: 0.9, prefix: 0.5 }
/** Paragraphs longer than this are tokenized for highlighting only around their hits. */
const LONG_TEXT = SNIPPET_LENGTH * 8

interface DocInfo {
  reportId: string
  sectionId: string
  heading: string
  paragraphId: string
  text: string
}

/** Where the engine reads reports from: the whole library, or reports opened one by one on demand. */
export interface ReportSource {
  /** The report's id, contentHash and paragraph count, without reading its text; undefined if absent. */
  describe(reportId: string): { contentHash: string; paragraphs: number } | undefined
  /** The report itself (its text); undefined if absent. */
  report(reportId: string): ProcessedReport | undefined
}

/** One way a word can match: all these index terms in one document. */
interface Alternative {
  termIds: number[]
  boost: number
}

interface Requirement {
  clause: QueryClause
  /** Alternatives per word (a phrase has several words; a plain clause has one requirement per word). */
  words: {
    word: Word
    offset: number
    alternatives: Alternative[]
    stop: boolean
    /** The word being typed, not yet a word anything could match: left out until it is. */
    pending: boolean
  }[]
  fieldMask: number
}

interface Match {
  docs: number[]
  scores: Float32Array
  message: string[]
  corrected: string | null
  requirements: Requirement[]
  /** Only a word still being typed: nothing to search for yet, and nothing to explain. */
  pending: boolean
}

export function createSearchEngine(library: Library, packedIndex: Uint8Array): SearchEngine {
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
    },
    report: (id) => reports.get(id)
  }
}

/**
 * The engine over a packed index and a source of reports. Checks that the index was built from
 * these reports (ids, editions and paragraph counts) without reading their text.
 */
export function createEngine(source: ReportSource, packedIndex: Uint8Array): SearchEngine {
  const index = new PackedIndex(packedIndex)
  checkIndexedReports(index.reports, source)
  const context: Context = {
    index,
    docs: new DocumentTable(index, source),
    scratch: new Scratch(index.documentCount)
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
}

/** Document number → its paragraph, read from its report the first time a result needs it. */
class DocumentTable {
  private readonly reports = new Map<number, DocInfo[]>()
  constructor(
    private readonly index: PackedIndex,
    private readonly source: ReportSource
  ) {}

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
    const r = this.reportOf(doc)
    let paragraphs = this.reports.get(r)
    if (!paragraphs) {
      const id = (this.index.reports[r] as { id: string }).id
      const report = this.source.report(id)
      if (!report) throw new Error(`search index: paragraph of ${id} is not in the library`)
      paragraphs = report.sections.flatMap((section) =>
        section.paragraphs.map((paragraph) => ({
          reportId: report.id,
          sectionId: section.id,
          heading: section.heading,
          paragraphId: paragraph.id,
          text: paragraph.text
        }))
      )
      this.reports.set(r, paragraphs)
    }
    const info = paragraphs[doc - (this.index.reportStart[r] as number)]
    if (!info)
      throw new Error('search index: a paragraph is not in the library (rebuild the content)')
    return info
  }
}

/**
 * Per-document working memory, allocated once per engine and reused by every query: a document's
 * entries count only if its stamp is the current query's, so nothing is cleared between queries.
 */
class Scratch {
  stamp: Uint32Array
  excluded: Uint32Array
  scores: Float32Array
  /** Bit s of word w of a document: matched by the s-th query word (32 per word). */
  marks: Uint32Array
  markWords = 1
  epoch = 0
  touched: number[] = []

  constructor(readonly documents: number) {
    this.stamp = new Uint32Array(documents)
    this.excluded = new Uint32Array(documents)
    this.scores = new Float32Array(documents)
    this.marks = new Uint32Array(documents)
  }

  /** Starts a query with `slots` word marks per document. */
  begin(slots: number): void {
    const words = Math.max(1, Math.ceil(slots / 32))
    if (words !== this.markWords) {
      this.markWords = words
      this.marks = new Uint32Array(this.documents * words)
    }
    this.touched = []
    if (++this.epoch === 0xffffffff) {
      this.stamp.fill(0)
      this.excluded.fill(0)
      this.epoch = 1
    }
  }

  /** Marks the document as reached by this query (zeroing its score and marks the first time). */
  touch(doc: number): void {
    if (this.stamp[doc] === this.epoch) return
    this.stamp[doc] = this.epoch
    this.scores[doc] = 0
    const w = this.markWords
    for (let i = doc * w; i < doc * w + w; i++) this.marks[i] = 0
    this.touched.push(doc)
  }

  mark(doc: number, slot: number): void {
    const i = doc * this.markWords + (slot >>> 5)
    this.marks[i] = (this.marks[i] as number) | (1 << (slot & 31))
  }

  marked(doc: number, slot: number): boolean {
    return (((this.marks[doc * this.markWords + (slot >>> 5)] as number) >>> (slot & 31)) & 1) === 1
  }
}

function search(context: Context, input: string, options: SearchOptions): SearchResponse {
  const { index, docs } = context
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 200))
  const parsed = parseQuery(input, options.asYouType ?? false)
  const match = matchQuery(context, parsed.clauses, options.reportId ?? null)
  const messages = [...match.message]
  if (parsed.truncated) {
    messages.unshift(
      `Your search was long, so only its first ${MAX_QUERY_LENGTH} characters were used.`
    )
  }
  if (parsed.text === '') messages.push('Type a word to search for.')
  else if (match.docs.length === 0 && messages.length === 0 && !match.pending)
    messages.push(noMatches(parsed))

  const results: SearchHit[] = topDocs(match, limit).map((doc) => {
    const info = docs.get(doc)
    const { snippet, highlights } = makeSnippet(
      info.text,
      textHitSpans(index, match.requirements, doc, info.text)
    )
    return {
      reportId: info.reportId,
      sectionId: info.sectionId,
      heading: info.heading,
      paragraphId: info.paragraphId,
      score: Math.round((match.scores[doc] as number) * 1000) / 1000,
      snippet,
      highlights
    }
  })
  return {
    query: parsed.text,
    message: messages.length > 0 ? messages.join(' ') : null,
    corrected: match.corrected,
    total: match.docs.length,
    results
  }
}

/** Hits are found as the results were: the last word, if still being typed, as a prefix too. */
function hitsInReport(context: Context, input: string, reportId: string): ReportHits {
  const { index, docs } = context
  const match = matchQuery(context, parseQuery(input, true).clauses, reportId)
  const sorted = [...match.docs].sort((a, b) => a - b)
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

/** “No matches for …”, with a phrase in the query quoted once, not inside a second pair. */
function noMatches(parsed: ParsedQuery): string {
  const [only] = parsed.clauses
  if (parsed.clauses.length === 1 && only?.kind === 'phrase' && only.presence !== 'prohibited') {
    return `No paragraph has the phrase “${only.text}”${only.field === 'heading' ? ' in a heading' : ''}.`
  }
  // Nested quotation: “law ‘border security’”.
  const text = parsed.text.replace(/"([^"]*)"?/g, '‘$1’')
  return `No matches for “${text}”.`
}

/** Candidates and scores for the clauses; explains in `message` when it found nothing or had to relax. */
function matchQuery(context: Context, clauses: QueryClause[], reportId: string | null): Match {
  const { index, docs, scratch } = context
  const message: string[] = []
  const corrections = new Map<Word, string>()
  const requirements = clauses.map((clause) => resolveClause(index, clause, corrections))
  // Only documents of the report searched, when one is.
  const report = reportId === null ? -1 : docs.reportNumber(reportId)
  const range: [number, number] =
    reportId === null
      ? [0, index.documentCount]
      : report === -1
        ? [0, 0]
        : [index.reportStart[report] as number, index.reportStart[report + 1] as number]

  const counts = (w: Requirement['words'][number]) => !w.stop && !w.pending
  const positive = requirements.filter(
    (r) => r.clause.presence !== 'prohibited' && r.words.some(counts)
  )
  const prohibited = requirements.filter((r) => r.clause.presence === 'prohibited')
  if (positive.length === 0) {
    const stops = requirements.filter(
      (r) => r.clause.presence !== 'prohibited' && r.words.some((w) => w.stop)
    )
    if (stops.length > 0) {
      message.push(
        `“${stops.map((r) => r.clause.text).join(' ')}” is too common to search for: add a more specific word.`
      )
    } else if (prohibited.length > 0) {
      message.push('Add a word to search for: a word with “-” in front only leaves paragraphs out.')
    }
    const pending = requirements.some((r) => r.words.some((w) => w.pending))
    // Only a word being typed: no verdict on it until it is finished.
    if (pending && message.length === 0) message.push('Keep typing to search.')
    return { docs: [], scores: scratch.scores, message, corrected: null, requirements, pending }
  }

  // A "unit" is what must match: each word of a plain clause, or a whole phrase.
  const units = positive.flatMap((r) =>
    r.clause.kind === 'phrase'
      ? [{ requirement: r, words: r.words, mandatory: true }]
      : r.words
          .filter(counts)
          .map((w) => ({ requirement: r, words: [w], mandatory: r.clause.presence === 'required' }))
  )
  // Each word that must be there gets a slot: a bit per document, set where the word matched.
  // A unit holds where all its slots are set; a word nothing matches leaves its unit unmatched.
  let slotCount = 0
  const unitSlots = units.map((unit) => {
    const words = unit.words.filter((w) => !w.stop)
    if (words.some((w) => w.alternatives.length === 0)) return null
    return words.map((word) => ({ word, slot: slotCount++ }))
  })
  scratch.begin(slotCount)
  units.forEach((unit, u) => {
    for (const { word, slot } of unitSlots[u] ?? []) {
      for (const alternative of word.alternatives) {
        collectAlternative(index, alternative, unit.requirement.fieldMask, range, scratch, slot)
      }
    }
  })
  for (const r of prohibited) {
    for (const word of r.words)
      for (const alternative of word.alternatives)
        collectAlternative(index, alternative, r.fieldMask, range, scratch, -1)
  }

  const all: number[] = []
  const some: number[] = []
  for (const d of scratch.touched) {
    if (scratch.excluded[d] === scratch.epoch) continue
    let mandatoryOk = true
    let count = 0
    let phrasesOk = true
    for (let u = 0; u < units.length; u++) {
      const unit = units[u] as (typeof units)[number]
      const slots = unitSlots[u]
      const ok =
        slots !== null && slots !== undefined && slots.every((s) => scratch.marked(d, s.slot))
      if (ok) {
        count++
        if (unit.requirement.clause.kind === 'phrase' && !phraseAt(index, unit.requirement, d))
          phrasesOk = false
      } else if (unit.mandatory) mandatoryOk = false
    }
    if (!mandatoryOk || count === 0 || !phrasesOk) continue
    if (count === units.length) all.push(d)
    else some.push(d)
  }

  const unknown = units.filter((unit) =>
    unit.words.every((w) => w.stop || w.alternatives.length === 0)
  )
  if (unknown.length > 0) {
    message.push(nothingMatches(unknown.map((u) => u.words.map((w) => wordText(w.word)).join(' '))))
  }
  let found = all
  if (all.length === 0 && some.length > 0 && units.length > 1) {
    message.push('No paragraph has all of these words; showing paragraphs with some of them.')
    found = some
  }
  const corrected = corrections.size > 0 ? correctedQuery(clauses, corrections) : null
  return { docs: found, scores: scratch.scores, message, corrected, requirements, pending: false }
}

function resolveClause(
  index: PackedIndex,
  clause: QueryClause,
  corrections: Map<Word, string>
): Requirement {
  const fieldMask =
    clause.field === 'heading' ? 1 << FIELD_HEADING : (1 << FIELD_TEXT) | (1 << FIELD_HEADING)
  const words = clause.words.map((word, offset) => {
    const isLast = offset === clause.words.length - 1
    const typing = clause.prefix && isLast
    const main = (word.joined ?? (word.parts[0] as { term: string })).term
    const stop = !word.joined && word.parts.every((p) => isStopWord(p.term))
    // A word being typed is a prefix, never a failed word: its first letter matches too much to
    // search for, and a start that matches nothing yet may be a word the user has not finished.
    if (typing && main.length < 2)
      return { word, offset, alternatives: [], stop: false, pending: true }
    if (stop) return { word, offset, alternatives: [], stop: true, pending: false }
    const alternatives: Alternative[] = []
    const exact = index.termId(stem(main))
    if (exact !== undefined) alternatives.push({ termIds: [exact], boost: BOOST.exact })
    if (word.joined) {
      const parts = word.parts
        .filter((p) => !isStopWord(p.term))
        .map((p) => index.termId(stem(p.term)))
      if (parts.length > 0 && parts.every((id) => id !== undefined)) {
        alternatives.push({ termIds: parts as number[], boost: BOOST.compoundParts })
      }
    }
    if (typing) {
      for (const termId of prefixTerms(index, main)) {
        if (termId !== exact) alternatives.push({ termIds: [termId], boost: BOOST.prefix })
      }
    }
    if (alternatives.length === 0 && clause.kind === 'words') {
      const fix = closestWord(index, main, typing)
      if (fix) {
        corrections.set(word, fix.word)
        alternatives.push({ termIds: [fix.termId], boost: BOOST.corrected })
      }
    }
    return { word, offset, alternatives, stop: false, pending: typing && alternatives.length === 0 }
  })
  return { clause, words, fieldMask }
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

/**
 * Marks the documents in `range` where every term of the alternative occurs (in the allowed
 * fields): with the word's slot and its weight, or (slot -1) as excluded.
 */
function collectAlternative(
  index: PackedIndex,
  alternative: Alternative,
  fieldMask: number,
  range: [number, number],
  scratch: Scratch,
  slot: number
): void {
  const [firstTerm, ...rest] = alternative.termIds
  if (firstTerm === undefined) return
  const [from, to] = index.postingRange(firstTerm)
  const [low, high] = range
  const docs = index.docs
  for (let p = low > 0 ? firstPostingAtOrAfter(index, from, to, low) : from; p < to; p++) {
    const doc = docs[p] as number
    if (doc >= high) break
    if (!(fieldMask & (1 << (index.fields[p] as number)))) continue
    if (rest.length > 0 && !rest.every((t) => findPosting(index, t, doc, fieldMask) !== -1))
      continue
    if (slot === -1) {
      scratch.excluded[doc] = scratch.epoch
      continue
    }
    scratch.touch(doc)
    scratch.mark(doc, slot)
    scratch.scores[doc] =
      (scratch.scores[doc] as number) + alternative.boost * (index.weights[p] as number)
  }
}

/** The first posting in [from, to) of a document ≥ doc (postings are sorted by document). */
function firstPostingAtOrAfter(index: PackedIndex, from: number, to: number, doc: number): number {
  let low = from
  let high = to
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((index.docs[mid] as number) < doc) low = mid + 1
    else high = mid
  }
  return low
}

/** The posting of a term in a document (first allowed field), by binary search; -1 if none. */
function findPosting(
  index: PackedIndex,
  termId: number,
  doc: number,
  fieldMask: number,
  field?: number
): number {
  const [from, end] = index.postingRange(termId)
  for (
    let p = firstPostingAtOrAfter(index, from, end, doc);
    p < end && index.docs[p] === doc;
    p++
  ) {
    const f = index.fields[p] as number
    if ((field === undefined || f === field) && fieldMask & (1 << f)) return p
  }
  return -1
}

/** Whether the phrase's words stand next to each other in the document (text or heading). */
function phraseAt(index: PackedIndex, requirement: Requirement, doc: number): boolean {
  const words = requirement.words.filter((w) => !w.stop)
  const first = words[0]
  if (!first) return false
  for (const field of [FIELD_TEXT, FIELD_HEADING]) {
    if (!(requirement.fieldMask & (1 << field))) continue
    const positionsOf = (word: (typeof words)[number]): Set<number> => {
      const set = new Set<number>()
      for (const alternative of word.alternatives) {
        if (alternative.termIds.length !== 1) continue
        const p = findPosting(
          index,
          alternative.termIds[0] as number,
          doc,
          requirement.fieldMask,
          field
        )
        if (p !== -1) for (const position of index.postingPositions(p)) set.add(position)
      }
      return set
    }
    const sets = words.map(positionsOf)
    for (const start of sets[0] as Set<number>) {
      const origin = start - first.offset
      if (words.every((w, i) => (sets[i] as Set<number>).has(origin + w.offset))) return true
    }
  }
  return false
}

/**
 * Spans of the matched words in a paragraph's text. A long paragraph is tokenized only around its
 * densest cluster of hits (found from the word positions in the index), where the snippet will be.
 */
function textHitSpans(
  index: PackedIndex,
  requirements: Requirement[],
  doc: number,
  text: string
): Span[] {
  if (text.length <= LONG_TEXT) return hitSpans(index, requirements, text, FIELD_TEXT)
  const ordinals: number[] = []
  for (const requirement of requirements) {
    if (
      requirement.clause.presence === 'prohibited' ||
      !(requirement.fieldMask & (1 << FIELD_TEXT))
    )
      continue
    for (const word of requirement.words)
      for (const alternative of word.alternatives)
        for (const termId of alternative.termIds) {
          const p = findPosting(index, termId, doc, 1 << FIELD_TEXT, FIELD_TEXT)
          if (p !== -1) for (const position of index.postingPositions(p)) ordinals.push(position)
        }
  }
  ordinals.sort((a, b) => a - b)
  // The first hit of the window of WINDOW_WORDS words that holds the most hits.
  const WINDOW_WORDS = 30
  let best = ordinals[0] ?? 0
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
  let start = Math.max(0, at - SNIPPET_LENGTH * 2)
  let end = Math.min(text.length, at + SNIPPET_LENGTH * 3)
  // Cut at spaces, so no word is cut in two.
  if (start > 0) start = Math.min(at, text.indexOf(' ', start) + 1 || at)
  if (end < text.length) end = Math.max(at, text.lastIndexOf(' ', end))
  const spans = hitSpans(index, requirements, text.slice(start, end), FIELD_TEXT).map(
    ([s, e]): Span => [s + start, e + start]
  )
  return spans.length > 0 ? spans : hitSpans(index, requirements, text, FIELD_TEXT)
}

/** Spans of exactly the matched words (and whole phrases) in a paragraph's text or a heading. */
function hitSpans(
  index: PackedIndex,
  requirements: Requirement[],
  text: string,
  field: number
): Span[] {
  const words = tokenizeWords(text)
  const spans: Span[] = []
  const termsOf = (alternatives: Alternative[]) =>
    new Set(alternatives.flatMap((a) => a.termIds.map((id) => index.term(id))))
  const matches = (word: Word, terms: Set<string>): Span[] => {
    if (word.joined && terms.has(stem(word.joined.term)))
      return [[word.joined.start, word.joined.end]]
    return word.parts
      .filter((p) => !isStopWord(p.term) && terms.has(stem(p.term)))
      .map((p): Span => [p.start, p.end])
  }
  for (const requirement of requirements) {
    if (requirement.clause.presence === 'prohibited' || !(requirement.fieldMask & (1 << field)))
      continue
    if (requirement.clause.kind === 'words') {
      const terms = termsOf(requirement.words.flatMap((w) => w.alternatives))
      for (const word of words) spans.push(...matches(word, terms))
      continue
    }
    const phrase = requirement.words.map((w) => ({
      offset: w.offset,
      stop: w.stop,
      terms: termsOf(w.alternatives)
    }))
    const length = (phrase[phrase.length - 1]?.offset ?? 0) + 1
    for (let i = 0; i + length <= words.length; i++) {
      const ok = phrase.every(
        (w) => w.stop || matches(words[i + w.offset] as Word, w.terms).length > 0
      )
      if (ok) spans.push([firstStart(words[i] as Word), lastEnd(words[i + length - 1] as Word)])
    }
  }
  return mergeSpans(spans)
}

function firstStart(word: Word): number {
  return (word.joined ?? (word.parts[0] as { start: number })).start
}

function lastEnd(word: Word): number {
  return word.joined?.end ?? (word.parts[word.parts.length - 1] as { end: number }).end
}

/** Names at most three of the words nothing matches: pasted noise must not fill the panel. */
function nothingMatches(words: string[]): string {
  const listed = words.slice(0, 3).map((w) => `“${w}”`)
  const more = words.length - listed.length
  if (more === 0) return `Nothing in the text matches ${listed.join(', ')}.`
  return `Nothing in the text matches ${listed.join(', ')} or ${more} other ${more === 1 ? 'word' : 'words'}.`
}

function wordText(word: Word): string {
  return (word.joined ?? word.parts[0])?.term ?? ''
}

/**
 * The query as searched: what the user typed, with each corrected word swapped in, in the case
 * the user typed it ("Kazakstan" → "Kazakhstan", "KNB" stays "KNB").
 */
function correctedQuery(clauses: QueryClause[], corrections: Map<Word, string>): string {
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
        const start = firstStart(word)
        const end = lastEnd(word)
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
      ;[heap[i], heap[m]] = [heap[m] as number, heap[i] as number]
      i = m
    }
  }
  for (const doc of match.docs) {
    if (heap.length < limit) {
      heap.push(doc)
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >>> 1
        if (!worse(heap[i] as number, heap[parent] as number)) break
        ;[heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number]
        i = parent
      }
    } else if (worse(heap[0] as number, doc)) {
      heap[0] = doc
      down(0)
    }
  }
  return heap.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
}
