import { distance } from 'fastest-levenshtein'
import { parseParagraphRef, type Library } from '../report-model'
import { tokenizeWords, type Word } from '../text/tokenize'
import { FIELD_HEADING, FIELD_TEXT, PackedIndex } from './packed-index'
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
import { makeSnippet, mergeSpans } from './snippet'
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
 */

const DEFAULT_LIMIT = 20
const PREFIX_EXPANSIONS = 12
const BOOST = { exact: 1, compoundParts: 0.8, corrected: 0.9, prefix: 0.5 }

interface DocInfo {
  reportId: string
  sectionId: string
  heading: string
  paragraphId: string
  text: string
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
  const index = new PackedIndex(packedIndex)
  const docs = describeDocuments(library, index)
  return {
    search: (query, options) => search(index, docs, query, options ?? {}),
    hitsInReport: (query, reportId) => hitsInReport(index, docs, query, reportId)
  }
}

function describeDocuments(library: Library, index: PackedIndex): DocInfo[] {
  const paragraphs = new Map<string, DocInfo>()
  for (const report of library.reports) {
    for (const section of report.sections) {
      for (const paragraph of section.paragraphs) {
        paragraphs.set(`${report.id}/${paragraph.id}`, {
          reportId: report.id,
          sectionId: section.id,
          heading: section.heading,
          paragraphId: paragraph.id,
          text: paragraph.text
        })
      }
    }
  }
  return index.refs.map((ref) => {
    const parsed = parseParagraphRef(ref)
    const doc = parsed && paragraphs.get(`${parsed.reportId}/${parsed.paragraphId}`)
    if (!doc)
      throw new Error(`search index: paragraph ${ref} is not in the library (rebuild the content)`)
    return doc
  })
}

function search(
  index: PackedIndex,
  docs: DocInfo[],
  input: string,
  options: SearchOptions
): SearchResponse {
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, 200))
  const parsed = parseQuery(input, options.asYouType ?? false)
  const match = matchQuery(index, docs, parsed.clauses, options.reportId ?? null)
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
    const info = docs[doc] as DocInfo
    const { snippet, highlights } = makeSnippet(
      info.text,
      hitSpans(index, match.requirements, info.text, FIELD_TEXT)
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
function hitsInReport(
  index: PackedIndex,
  docs: DocInfo[],
  input: string,
  reportId: string
): ReportHits {
  const match = matchQuery(index, docs, parseQuery(input, true).clauses, reportId)
  const paragraphs = [...match.docs]
    .sort((a, b) => a - b)
    .map((doc) => {
      const info = docs[doc] as DocInfo
      return {
        paragraphId: info.paragraphId,
        spans: hitSpans(index, match.requirements, info.text, FIELD_TEXT)
      }
    })
    .filter((p) => p.spans.length > 0)
  // Headings of the sections the matched paragraphs are in: a heading: search has only these.
  const headings: ReportHits['headings'] = []
  for (const doc of [...match.docs].sort((a, b) => a - b)) {
    const info = docs[doc] as DocInfo
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
function matchQuery(
  index: PackedIndex,
  docs: DocInfo[],
  clauses: QueryClause[],
  reportId: string | null
): Match {
  const n = index.documentCount
  const scores = new Float32Array(n)
  const message: string[] = []
  const corrections = new Map<Word, string>()
  const requirements = clauses.map((clause) => resolveClause(index, clause, corrections))

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
    return { docs: [], scores, message, corrected: null, requirements, pending }
  }

  // A "unit" is what must match: each word of a plain clause, or a whole phrase.
  const units = positive.flatMap((r) =>
    r.clause.kind === 'phrase'
      ? [{ requirement: r, words: r.words, mandatory: true }]
      : r.words
          .filter(counts)
          .map((w) => ({ requirement: r, words: [w], mandatory: r.clause.presence === 'required' }))
  )
  const satisfied = units.map(() => new Uint8Array(n))
  units.forEach((unit, u) => {
    for (const word of unit.words) {
      if (word.stop) continue
      const seen = new Uint8Array(n)
      for (const alternative of word.alternatives) {
        collectAlternative(index, alternative, unit.requirement.fieldMask, seen, scores)
      }
      // Each word of a phrase must be there; phrase adjacency is checked after.
      if (word === unit.words.find((w) => !w.stop)) satisfied[u]?.set(seen)
      else for (let d = 0; d < n; d++) if (!seen[d]) (satisfied[u] as Uint8Array)[d] = 0
    }
  })

  const excluded = new Uint8Array(n)
  for (const r of prohibited) {
    for (const word of r.words)
      for (const alternative of word.alternatives)
        collectAlternative(index, alternative, r.fieldMask, excluded, null)
  }

  const inScope = (d: number) =>
    !excluded[d] && (reportId === null || (docs[d] as DocInfo).reportId === reportId)
  const phraseOk = (d: number) =>
    units.every(
      (unit, u) =>
        !(satisfied[u] as Uint8Array)[d] ||
        unit.requirement.clause.kind !== 'phrase' ||
        phraseAt(index, unit.requirement, d)
    )

  const all: number[] = []
  const some: number[] = []
  for (let d = 0; d < n; d++) {
    if (!inScope(d)) continue
    let mandatoryOk = true
    let count = 0
    units.forEach((unit, u) => {
      const ok = (satisfied[u] as Uint8Array)[d] === 1
      if (ok) count++
      else if (unit.mandatory) mandatoryOk = false
    })
    if (!mandatoryOk || count === 0) continue
    if (!phraseOk(d)) continue
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
  return { docs: found, scores, message, corrected, requirements, pending: false }
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
  const found = new Map<number, number>()
  for (let i = index.firstWordAtOrAfter(prefix); i < index.words.length; i++) {
    if (!(index.words[i] as string).startsWith(prefix)) break
    const termId = index.wordTerm[i] as number
    found.set(termId, index.docFreq[termId] as number)
  }
  return [...found.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, PREFIX_EXPANSIONS)
    .map(([termId]) => termId)
}

/** Edit distance allowed for a word of this length: none for short words, more for long ones. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3
}

/** The closest known word within the allowed distance (ties: the more common, then alphabetical). */
function closestWord(
  index: PackedIndex,
  term: string,
  typing: boolean
): { word: string; termId: number } | null {
  const budget = allowedTypos(term.length)
  if (budget === 0 || /\d/.test(term)) return null
  let best: { word: string; termId: number; distance: number; df: number } | null = null
  for (let i = 0; i < index.words.length; i++) {
    const word = index.words[i] as string
    // While typing, compare with the start of longer words too ("kazakstn" → "kazakhstan…").
    const candidate =
      typing && word.length > term.length + budget ? word.slice(0, term.length + 1) : word
    if (Math.abs(candidate.length - term.length) > budget) continue
    const d = distance(term, candidate)
    if (d > budget) continue
    const termId = index.wordTerm[i] as number
    const df = index.docFreq[termId] as number
    if (!best || d < best.distance || (d === best.distance && df > best.df))
      best = { word, termId, distance: d, df }
  }
  return best && { word: best.word, termId: best.termId }
}

/** Marks documents where every term of the alternative occurs (in the allowed fields) and adds their weights. */
function collectAlternative(
  index: PackedIndex,
  alternative: Alternative,
  fieldMask: number,
  seen: Uint8Array,
  scores: Float32Array | null
): void {
  const [firstTerm, ...rest] = alternative.termIds
  if (firstTerm === undefined) return
  const [from, to] = index.postingRange(firstTerm)
  for (let p = from; p < to; p++) {
    if (!(fieldMask & (1 << (index.fields[p] as number)))) continue
    const doc = index.docs[p] as number
    if (rest.length > 0 && !rest.every((t) => findPosting(index, t, doc, fieldMask) !== -1))
      continue
    seen[doc] = 1
    if (scores)
      scores[doc] = (scores[doc] as number) + alternative.boost * (index.weights[p] as number)
  }
}

/** The posting of a term in a document (first allowed field), by binary search; -1 if none. */
function findPosting(
  index: PackedIndex,
  termId: number,
  doc: number,
  fieldMask: number,
  field?: number
): number {
  let [low, high] = index.postingRange(termId)
  const end = high
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((index.docs[mid] as number) < doc) low = mid + 1
    else high = mid
  }
  for (let p = low; p < end && index.docs[p] === doc; p++) {
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
    new Set(alternatives.flatMap((a) => a.termIds.map((id) => index.terms[id] as string)))
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

function topDocs(match: Match, limit: number): number[] {
  return [...match.docs]
    .sort((a, b) => (match.scores[b] as number) - (match.scores[a] as number) || a - b)
    .slice(0, limit)
}
