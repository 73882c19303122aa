import { lowest, highest } from './extremes'
import { RAISED_CLOSE, RAISED_OPEN, type PdfLine } from './pdf-lines'
import type { PdfShape } from './pdf-text-layer'

/**
 * Footnotes at the foot of a PDF's pages (or of each column). The text refers to a footnote by a
 * raised label after a word ("the region.¹"); the footnote starts at the foot with the same label,
 * raised too or in the footnotes' smaller type, and takes the lines after it to the foot of its
 * column. A footnote that runs on over a page break goes on under the next page's separator rule
 * (the short line over the footnotes) before that page's first label.
 */

/** A label a footnote may have: a number, a symbol, a letter. */
export const NOTE_LABEL = /^(?:\d{1,3}|[*†‡§¶]{1,3}|[a-z])$/u
/** Footnotes start in the lower part of the page: below this share of its height. */
const FOOT = 0.35
/** Footnotes' own type is this much smaller than the text's, or less. */
const SMALLER = 0.92
/** A separator rule: a horizontal line this short a share of the page's width, at most. */
const SEPARATOR = 0.5
/** A footnote goes on over a page for this many lines at most. */
const MAX_GOING_ON = 8

export interface PdfNote {
  /** The label as printed. */
  label: string
  page: number
  lines: PdfLine[]
}

export interface FootnoteSearch {
  /** The lines of the text, in reading order, without the footnotes' lines. */
  body: PdfLine[]
  notes: PdfNote[]
}

export interface FootnoteContext {
  heights: readonly number[]
  shapesOn: (page: number) => readonly PdfShape[]
  /** The text's type size. */
  size: number
}

/** The raised labels in a line's text that come after some of its text: references. */
export function referencesIn(line: PdfLine): string[] {
  const labels: string[] = []
  const pattern = new RegExp(`(.)?${RAISED_OPEN}([^${RAISED_CLOSE}]*)${RAISED_CLOSE}`, 'gu')
  for (const match of line.text.matchAll(pattern)) {
    const label = (match[2] ?? '').trim()
    if (match.index > 0 && NOTE_LABEL.test(label)) labels.push(label)
  }
  return labels
}

/** The label a line starts with, and the text after it, when it may start a footnote. */
export function noteStart(line: PdfLine, size: number): { label: string; text: string } | null {
  const raised = new RegExp(`^${RAISED_OPEN}([^${RAISED_CLOSE}]*)${RAISED_CLOSE}\\s*(.*)$`, 'su')
  const match = raised.exec(line.text)
  if (match) {
    const label = (match[1] ?? '').trim()
    return NOTE_LABEL.test(label) ? { label, text: match[2] ?? '' } : null
  }
  if (line.size > size * SMALLER) return null
  const plain = /^(\d{1,3}|[*†‡§¶]{1,3})[.)]?\s+(\S.*)$/su.exec(line.text)
  return plain ? { label: plain[1] ?? '', text: plain[2] ?? '' } : null
}

export function findFootnotes(
  lines: readonly PdfLine[],
  { heights, shapesOn, size }: FootnoteContext
): FootnoteSearch {
  const referred = new Map<number, Set<string>>()
  for (const line of lines) {
    for (const label of referencesIn(line)) {
      referred.set(line.page, (referred.get(line.page) ?? new Set()).add(label))
    }
  }
  const notes: PdfNote[] = []
  const inNotes = new Set<PdfLine>()
  for (const run of columnRuns(lines)) {
    const page = run[0]?.page ?? 1
    const height = heights[page - 1] ?? 0
    const labels = referred.get(page) ?? new Set<string>()
    const startsNote = (line: PdfLine) => {
      const start = noteStart(line, size)
      return start !== null && labels.has(start.label) && line.y > height * FOOT ? start : null
    }
    const first = run.findIndex((line) => startsNote(line) !== null)
    // Under the separator, before the first label: a footnote going on from the page before.
    const previous = notes[notes.length - 1]
    const goesOn = previous && previous.page === page - 1
    const separator = goesOn ? separatorAbove(run, first, shapesOn(page), height) : null
    const from = separator ?? first
    if (from < 0) continue
    for (const line of run.slice(from)) {
      const start = startsNote(line)
      if (start) notes.push({ label: start.label, page, lines: [{ ...line, text: start.text }] })
      else notes[notes.length - 1]?.lines.push(line)
      inNotes.add(line)
    }
  }
  return { body: lines.filter((line) => !inNotes.has(line)), notes }
}

/**
 * Lines of one page that follow each other down the page: a column, or a band of one. Reading
 * goes up the page only at the top of the next column.
 */
function columnRuns(lines: readonly PdfLine[]): PdfLine[][] {
  const runs: PdfLine[][] = []
  let previous: PdfLine | null = null
  for (const line of lines) {
    const run = runs[runs.length - 1]
    if (run && previous && previous.page === line.page && line.y >= previous.y) run.push(line)
    else runs.push([line])
    previous = line
  }
  return runs
}

/**
 * Where the footnotes under a separator rule start in a run of lines: the index of the first
 * line under a short horizontal rule at the left of the column, in the lower part of the page,
 * with only footnote-like lines under it (before `firstNote`, they go on from the page before).
 */
function separatorAbove(
  run: readonly PdfLine[],
  firstNote: number,
  shapes: readonly PdfShape[],
  height: number
): number | null {
  const end = firstNote < 0 ? run.length : firstNote
  const left = lowest(run.map((line) => line.x))
  const right = highest(run.map((line) => line.right))
  const rules = shapes.filter(
    (s) =>
      s.height <= 2.5 &&
      s.width >= 20 &&
      s.width <= (right - left) * SEPARATOR &&
      Math.abs(s.x - left) <= 12 &&
      s.y > height * FOOT &&
      // A table's borders come several to a row; a separator is alone.
      !shapes.some((other) => other !== s && Math.abs(other.y - s.y) < 1)
  )
  for (const rule of rules) {
    const below = run.findIndex((line) => line.y > rule.y)
    if (below <= 0 || below >= end || end - below > MAX_GOING_ON) continue
    return below
  }
  return null
}
