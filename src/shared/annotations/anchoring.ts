import search from 'approx-string-match'
import { distance } from 'fastest-levenshtein'
import type { Library, Paragraph, ProcessedReport, Section } from '../report-model'
import { PARAGRAPH_JOIN, type Annotation, type TextTarget } from './annotation-model'
import { joinedOffset, pointAt, reportText, type ReportText as JoinedText } from './report-text'
import type { UnplacedReason } from './unplaced-reason'

/**
 * Where an annotation sits in the current edition of its report, or why it cannot be placed.
 * `method` says how it was found: 'position' (the stored offsets still hold the quote), 'quote'
 * (the exact quote, found elsewhere), 'fuzzy' (a close match: the text was edited) or 'section'.
 */
export type Anchor =
  | {
      status: 'anchored'
      method: 'position' | 'quote' | 'fuzzy' | 'section'
      paragraphId?: string
      /** Where a highlight over several paragraphs ends (`end` counts in this paragraph). */
      endParagraphId?: string
      sectionId: string
      start?: number
      end?: number
    }
  | { status: 'orphan'; reason: UnplacedReason }

/**
 * Errors a fuzzy match may have: a quarter of the quote, at most 32 (one machine word in
 * approx-string-match, which keeps the search fast). Quotes under 4 characters must match exactly:
 * a short word with one error matches half the report.
 */
export function maxFuzzyErrors(quoteLength: number): number {
  return Math.min(32, Math.floor(quoteLength / 4))
}

/**
 * How a candidate is scored, as Hypothesis does: the quote counts most, then the context either
 * side, and closeness to where it was only breaks ties. Scores are normalized to 0..1.
 */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, closeness: 2 } as const

/**
 * A fuzzy match is accepted at this score or above. Context similarity is 0 for unrelated text
 * (see contextSimilarity), so: a quote with a quarter of its characters wrong (the most allowed)
 * needs its context to agree on a good part of one side (prefix + suffix similarity >= 0.43);
 * one with a tenth wrong needs only a little agreement; one with 8% or less wrong is accepted
 * even when the text on both sides was rewritten.
 */
export const FUZZY_ACCEPT_SCORE = 0.5

/** A fuzzy match this good in the paragraph it was in is taken without searching the others. */
const FUZZY_CONFIDENT_SCORE = 0.85

/**
 * The most work one highlight's fuzzy search may do, in characters of text scanned times 32-
 * character blocks of the quote (the cost of approx-string-match's bit-parallel search). A few
 * milliseconds: whatever the report's size or an imported file's quotes, placing 10,000 notes
 * stays bounded. What is not found within it is unanchored, to be re-attached by hand.
 */
export const MAX_FUZZY_WORK = 1 << 24

/** Pieces of a quote shorter than this occur everywhere; below it the filter does not pay. */
const MIN_PIECE_LENGTH = 8

interface Located {
  paragraph: Paragraph
  section: Section
  /** Position of the paragraph in reading order. */
  index: number
}

interface ReportIndex {
  paragraphs: Located[]
  byId: Map<string, Located>
  sections: Map<string, Section>
}

/** Reports are immutable once loaded, so their lookup tables are built once per report object. */
const indexes = new WeakMap<ProcessedReport, ReportIndex>()

function indexReport(report: ProcessedReport): ReportIndex {
  const cached = indexes.get(report)
  if (cached) return cached
  const paragraphs: Located[] = []
  const sections = new Map<string, Section>()
  for (const section of report.sections) {
    sections.set(section.id, section)
    for (const paragraph of section.paragraphs) {
      paragraphs.push({ paragraph, section, index: paragraphs.length })
    }
  }
  const index = { paragraphs, byId: new Map(paragraphs.map((p) => [p.paragraph.id, p])), sections }
  indexes.set(report, index)
  return index
}

/** The section a paragraph belongs to, or undefined when no paragraph has that id. */
export function sectionOf(report: ProcessedReport, paragraphId: string): Section | undefined {
  return indexReport(report).byId.get(paragraphId)?.section
}

/** Anchors every annotation in its report; annotations of reports not in the library are orphans. */
export function anchorAll(
  annotations: readonly Annotation[],
  library: Library
): Map<string, Anchor> {
  const reports = new Map(library.reports.map((r) => [r.id, r]))
  const anchors = new Map<string, Anchor>()
  for (const annotation of annotations) {
    const report = reports.get(annotation.reportId)
    anchors.set(
      annotation.id,
      report
        ? anchorAnnotation(annotation, report)
        : { status: 'orphan', reason: { code: 'reportNotInApp', reportId: annotation.reportId } }
    )
  }
  return anchors
}

/**
 * Finds an annotation in (possibly a new edition of) its report: section by id; text by stored
 * position, then by the exact quote anywhere (context decides between repeats), then by a fuzzy
 * match of the quote. Never throws: what cannot be placed is an orphan with a reason.
 */
export function anchorAnnotation(annotation: Annotation, report: ProcessedReport): Anchor {
  if (annotation.reportId !== report.id) {
    return { status: 'orphan', reason: { code: 'otherReport' } }
  }
  const { target } = annotation
  // Already searched for in this edition and not found: not searched for again.
  if (annotation.unplacedIn?.editionHash === report.contentHash) {
    return { status: 'orphan', reason: annotation.unplacedIn.reason }
  }
  if (target.kind === 'section') {
    return indexReport(report).sections.has(target.sectionId)
      ? { status: 'anchored', method: 'section', sectionId: target.sectionId }
      : { status: 'orphan', reason: { code: 'sectionNotInEdition', sectionId: target.sectionId } }
  }
  const sameEdition = annotation.editionHash === report.contentHash
  if (target.endParagraphId !== undefined) return anchorPassage(target, report, sameEdition)
  return anchorText(target, indexReport(report), sameEdition)
}

interface Candidate {
  at: Located
  start: number
  end: number
  score: number
}

function anchorText(target: TextTarget, index: ReportIndex, sameEdition: boolean): Anchor {
  const { exact, prefix, suffix } = target.quote
  const hint = index.byId.get(target.paragraphId)
  const { start, end } = target.position
  // Quick path: in the edition it was made on (the usual case), one lookup and one comparison.
  // In another edition the quote at the old offsets may be a coincidence (a "the" that moved
  // along), so the position holds only if the context either side is unchanged too.
  if (hint && hint.paragraph.text.slice(start, end) === exact) {
    const { text } = hint.paragraph
    if (
      sameEdition ||
      (contextSimilarity(prefix, text, start, 'before') === 1 &&
        contextSimilarity(suffix, text, end, 'after') === 1)
    ) {
      return anchored('position', hint, start, end)
    }
  }
  // The hinted paragraph first, so that among equally good candidates it wins.
  const ordered = hint ? [hint, ...index.paragraphs.filter((p) => p !== hint)] : index.paragraphs
  const scoreAt = (at: Located, from: number, to: number, quoteSimilarity: number) => {
    const { text } = at.paragraph
    const weighted =
      WEIGHT.quote * quoteSimilarity +
      WEIGHT.prefix * contextSimilarity(prefix, text, from, 'before') +
      WEIGHT.suffix * contextSimilarity(suffix, text, to, 'after') +
      WEIGHT.closeness * closeness(at, from, hint, start, index.paragraphs.length)
    return weighted / (WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.closeness)
  }

  let best: Candidate | null = null
  for (const at of ordered) {
    const { text } = at.paragraph
    for (let from = text.indexOf(exact); from !== -1; from = text.indexOf(exact, from + 1)) {
      const score = scoreAt(at, from, from + exact.length, 1)
      if (!best || score > best.score) best = { at, start: from, end: from + exact.length, score }
    }
  }
  if (best) return anchored('quote', best.at, best.start, best.end)

  const maxErrors = maxFuzzyErrors(exact.length)
  if (maxErrors > 0) {
    const budget = { left: MAX_FUZZY_WORK }
    for (const at of ordered) {
      if (budget.left <= 0) break
      for (const match of fuzzyMatches(at.paragraph.text, exact, maxErrors, budget)) {
        if (match.end <= match.start) continue
        const score = scoreAt(at, match.start, match.end, 1 - match.errors / exact.length)
        if (!best || score > best.score) best = { at, start: match.start, end: match.end, score }
      }
      // A confident match in the old paragraph is not beaten elsewhere in practice; stopping
      // here makes a heavily edited edition anchor several times faster.
      if (at === hint && best && best.score >= FUZZY_CONFIDENT_SCORE) break
    }
    if (best && best.score >= FUZZY_ACCEPT_SCORE) {
      const [start, end] = snapToWords(best.at.paragraph.text, best.start, best.end, target.quote)
      return anchored('fuzzy', best.at, start, end)
    }
  }
  return textNotInEdition(exact)
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch)

/**
 * A fuzzy match ends where the fewest edits do, which can be inside a word ("oad discretion" for
 * "wide discretion" reworded to "broad discretion"). Where the highlight began (or ended) at a
 * word's edge, its new place does too: the match is widened to the whole first (or last) word.
 */
function snapToWords(
  text: string,
  start: number,
  end: number,
  quote: TextTarget['quote']
): [number, number] {
  let from = start
  let to = end
  if (isWordChar(quote.exact[0]) && !isWordChar(quote.prefix.at(-1))) {
    while (from > 0 && isWordChar(text[from - 1])) from--
  }
  if (isWordChar(quote.exact.at(-1)) && !isWordChar(quote.suffix[0])) {
    while (to < text.length && isWordChar(text[to])) to++
  }
  return [from, to]
}

interface Match {
  start: number
  end: number
  errors: number
}

/**
 * Approximate matches of `quote` in `text` with at most `maxErrors` edits, searched only where
 * one can be, within what is left of `budget` (which it spends). Pigeonhole filter: cut the quote
 * into maxErrors + 1 pieces; a match with at most maxErrors edits leaves at least one piece
 * untouched, so it lies around an exact occurrence of a piece. A long quote found nowhere costs a
 * few indexOf calls instead of a full search.
 */
function fuzzyMatches(
  text: string,
  quote: string,
  maxErrors: number,
  budget: { left: number }
): Match[] {
  const blocks = Math.ceil(quote.length / 32)
  const matches: Match[] = []
  for (const [from, to] of candidateWindows(text, quote, maxErrors)) {
    const work = (to - from) * blocks
    if (work > budget.left) {
      budget.left = 0
      break
    }
    budget.left -= work
    for (const match of search(text.slice(from, to), quote, maxErrors)) {
      matches.push({ start: match.start + from, end: match.end + from, errors: match.errors })
    }
  }
  return matches
}

/** The stretches of `text` that can hold a match (see fuzzyMatches), merged, in order. */
function candidateWindows(text: string, quote: string, maxErrors: number): [number, number][] {
  const pieces = maxErrors + 1
  const size = Math.floor(quote.length / pieces)
  if (size < MIN_PIECE_LENGTH) return [[0, text.length]]
  const windows: [number, number][] = []
  for (let i = 0; i < pieces; i++) {
    const offset = i * size
    const piece = quote.slice(offset, i === pieces - 1 ? quote.length : offset + size)
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      // The piece at `at` puts the quote's start within maxErrors of at - offset.
      const start = Math.max(0, at - offset - maxErrors)
      windows.push([start, Math.min(text.length, at - offset + quote.length + maxErrors)])
    }
  }
  windows.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const window of windows) {
    const last = merged[merged.length - 1]
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1])
    else merged.push(window)
  }
  return merged
}

/**
 * Finds a highlight over several paragraphs in the report's text with its paragraphs joined
 * (report-text.ts), in the same order as a one-paragraph highlight: by position if the passage is
 * still there, else the exact quote anywhere (context and closeness decide between repeats), else a
 * bounded fuzzy match. What it finds may now lie in one paragraph, or in several.
 */
function anchorPassage(target: TextTarget, report: ProcessedReport, sameEdition: boolean): Anchor {
  const joined = reportText(report)
  const { text } = joined
  const { exact, prefix, suffix } = target.quote
  const was = joinedOffset(joined, {
    paragraphId: target.paragraphId,
    offset: target.position.start
  })
  const wasEnd = joinedOffset(joined, {
    paragraphId: target.endParagraphId as string,
    offset: target.position.end
  })
  if (was !== undefined && wasEnd !== undefined && text.slice(was, wasEnd) === exact) {
    if (
      sameEdition ||
      (contextSimilarity(prefix, text, was, 'before') === 1 &&
        contextSimilarity(suffix, text, wasEnd, 'after') === 1)
    ) {
      return passageAnchor('position', joined, was, wasEnd)
    }
  }
  const score = (from: number, to: number, quoteSimilarity: number) => {
    const near = was === undefined ? 0 : 1 - Math.min(1, Math.abs(from - was) / text.length)
    const weighted =
      WEIGHT.quote * quoteSimilarity +
      WEIGHT.prefix * contextSimilarity(prefix, text, from, 'before') +
      WEIGHT.suffix * contextSimilarity(suffix, text, to, 'after') +
      WEIGHT.closeness * near
    return weighted / (WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.closeness)
  }
  let best: { start: number; end: number; score: number } | null = null
  for (let from = text.indexOf(exact); from !== -1; from = text.indexOf(exact, from + 1)) {
    const s = score(from, from + exact.length, 1)
    if (!best || s > best.score) best = { start: from, end: from + exact.length, score: s }
  }
  if (best) return passageAnchor('quote', joined, best.start, best.end)
  const maxErrors = maxFuzzyErrors(exact.length)
  if (maxErrors > 0) {
    for (const match of fuzzyMatches(text, exact, maxErrors, { left: MAX_FUZZY_WORK })) {
      if (match.end <= match.start) continue
      const s = score(match.start, match.end, 1 - match.errors / exact.length)
      if (!best || s > best.score) best = { start: match.start, end: match.end, score: s }
    }
    if (best && best.score >= FUZZY_ACCEPT_SCORE) {
      const [start, end] = snapToWords(text, best.start, best.end, target.quote)
      return passageAnchor('fuzzy', joined, start, end)
    }
  }
  return textNotInEdition(exact)
}

/** An anchor for the passage from `start` to `end` of the joined text, in one paragraph or more. */
function passageAnchor(
  method: 'position' | 'quote' | 'fuzzy',
  joined: JoinedText,
  start: number,
  end: number
): Anchor {
  const first = pointAt(joined, start, 'start')
  const last = pointAt(joined, end, 'end')
  const sectionId = joined.byId.get(first.paragraphId)?.sectionId as string
  return {
    status: 'anchored',
    method,
    paragraphId: first.paragraphId,
    ...(last.paragraphId !== first.paragraphId ? { endParagraphId: last.paragraphId } : {}),
    sectionId,
    start: first.offset,
    end: last.offset
  }
}

function anchored(method: 'position' | 'quote' | 'fuzzy', at: Located, start: number, end: number) {
  return {
    status: 'anchored',
    method,
    paragraphId: at.paragraph.id,
    sectionId: at.section.id,
    start,
    end
  } satisfies Anchor
}

/**
 * How well the stored context agrees with the text beside a candidate, 0..1: edit distance over
 * a window of the same length, rescaled so that unrelated text (edit distance about three
 * quarters of its length) scores 0 and a one-character change in 32 still scores 0.94.
 * An empty stored context means the highlight began (or ended) its paragraph: that agrees fully
 * with a candidate at the paragraph's edge and is neutral elsewhere.
 */
function contextSimilarity(
  stored: string,
  text: string,
  at: number,
  side: 'before' | 'after'
): number {
  if (stored.length === 0) return atEdge(text, at, side) ? 1 : 0.5
  const actual =
    side === 'before'
      ? text.slice(Math.max(0, at - stored.length), at)
      : text.slice(at, at + stored.length)
  if (actual === stored) return 1
  return Math.max(0, 1 - (2 * distance(stored, actual)) / stored.length)
}

/** At the start or end of a paragraph: of the text, or next to the join between two. */
const atEdge = (text: string, at: number, side: 'before' | 'after') =>
  side === 'before'
    ? at === 0 || text.startsWith(PARAGRAPH_JOIN, at - PARAGRAPH_JOIN.length)
    : at === text.length || text.startsWith(PARAGRAPH_JOIN, at)

/** 0..1: the old paragraph near the old offset scores highest, then nearby paragraphs. */
function closeness(
  at: Located,
  from: number,
  hint: Located | undefined,
  hintStart: number,
  paragraphCount: number
): number {
  if (!hint) return 0
  if (at === hint) {
    return 0.5 + 0.5 * (1 - Math.min(1, Math.abs(from - hintStart) / at.paragraph.text.length))
  }
  return 0.5 * (1 - Math.abs(at.index - hint.index) / paragraphCount)
}

/** An orphan whose text is not in the edition, with the start of its quote to recognise it by. */
function textNotInEdition(quote: string): Anchor {
  const excerpt = quote.length > 60 ? `${quote.slice(0, 57).trimEnd()}…` : quote
  return { status: 'orphan', reason: { code: 'textNotInEdition', excerpt } }
}
