import { cleanText } from '../shared/text/clean-text'
import type { BuildNotice } from './parsed-section'
import { readingRows } from './pdf-columns'
import { shortQuote } from './page-chrome'
import type { PdfTextLayer, PdfTextRun } from './pdf-text-layer'

/** A line of a PDF page: the runs of text on one baseline, left to right. */
export interface PdfLine {
  /** The page it is on, counting from 1. */
  page: number
  text: string
  /** Left edge, right edge and baseline, in points from the page's top left corner. */
  x: number
  right: number
  y: number
  /** The size of most of its type. */
  size: number
  /** Whether all of it is bold. */
  bold: boolean
  /** The text of its first run when that run is bold and the line is not: a bold run-in label. */
  boldLead: string | null
}

/** Runs whose baselines differ by less than this share of their size are on one line. */
const SAME_LINE = 0.3
/** A gap between runs wider than this share of the size is a space between words. */
const WORD_GAP = 0.15

/** The lines of every page, top to bottom (a column at a time, see pdf-columns.ts). */
export function pdfLines(layer: PdfTextLayer): PdfLine[] {
  return layer.pages.flatMap((page, index) => {
    const runs = [...page.runs].sort((a, b) => a.y - b.y || a.x - b.x)
    const rows: PdfTextRun[][] = []
    for (const run of runs) {
      const row = rows[rows.length - 1]
      const first = row?.[0]
      if (row && first && Math.abs(first.y - run.y) < SAME_LINE * Math.max(first.size, run.size)) {
        row.push(run)
      } else rows.push([run])
    }
    return readingRows(rows, page.width).map((row) => lineOf(row, index + 1))
  })
}

function lineOf(row: PdfTextRun[], page: number): PdfLine {
  const runs = [...row].sort((a, b) => a.x - b.x)
  let text = ''
  let right = -Infinity
  for (const run of runs) {
    const gap = run.x - right
    if (text !== '' && gap > WORD_GAP * run.size && !/\s$/.test(text)) text += ' '
    text += run.text
    right = Math.max(right, run.x + run.width)
  }
  const chars = (run: PdfTextRun) => run.text.trim().length
  const bySize = new Map<number, number>()
  for (const run of runs) bySize.set(run.size, (bySize.get(run.size) ?? 0) + chars(run))
  const size = [...bySize].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0
  const bold = runs.every((run) => run.bold || chars(run) === 0)
  const first = runs[0]
  return {
    page,
    // A soft hyphen at the end is where a word was broken: kept for joining the lines.
    text: cleanText(text) + (/\u00AD\s*$/.test(text) ? '\u00AD' : ''),
    x: first?.x ?? 0,
    right,
    y: first?.y ?? 0,
    size,
    bold,
    boldLead: !bold && first?.bold ? cleanText(first.text) : null
  }
}

/**
 * Running heads and feet: a line in the top or bottom margin of the pages, set apart from the text,
 * that repeats on most of them (a report's title, "Page 3 of 12" — digits count as one), and a
 * page number alone there, in a type no larger than the text's.
 */
const EDGE_LINES = 2
/** How far a head or foot is from the text, at least: this many times the text's line spacing. */
const SET_APART = 1.5
/** Heads and feet are in the page's margins: its top or bottom tenth. */
const MARGIN = 0.1
const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i

export interface RunningChrome {
  kept: PdfLine[]
  notices: BuildNotice[]
}

export interface TextType {
  /** The text's line spacing, in points. */
  spacing: number
  /** Whether a line is in a heading's type (larger, or bold). */
  isHeading: (line: PdfLine) => boolean
}

export function dropRunningChrome(
  lines: readonly PdfLine[],
  /** Each page's height, in points. */
  heights: readonly number[],
  { spacing, isHeading }: TextType
): RunningChrome {
  const pages = heights.length
  const byPage = new Map<number, PdfLine[]>()
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line])
  const edges = new Set<PdfLine>()
  const apart = (a: PdfLine | undefined, b: PdfLine | undefined) =>
    !a || !b || Math.abs(b.y - a.y) > spacing * SET_APART
  for (const [page, pageLines] of byPage) {
    const height = heights[page - 1] ?? 0
    const inMargin = (line: PdfLine) => line.y < height * MARGIN || line.y > height * (1 - MARGIN)
    for (const order of [pageLines, [...pageLines].reverse()]) {
      for (let i = 0; i < EDGE_LINES && apart(order[i], order[i + 1]); i++) {
        const line = order[i]
        if (line && inMargin(line)) edges.add(line)
      }
    }
  }
  const key = (line: PdfLine) =>
    isHeading(line) ? line.text.toLowerCase() : line.text.toLowerCase().replace(/\d+/g, '#')
  const pagesWith = new Map<string, Set<number>>()
  for (const line of edges) {
    pagesWith.set(key(line), (pagesWith.get(key(line)) ?? new Set()).add(line.page))
  }
  const repeatsOn = Math.max(2, Math.ceil(pages / 2))
  const numbers: string[] = []
  const running: string[] = []
  const dropped = new Set<PdfLine>()
  for (const line of edges) {
    if (PAGE_NUMBER.test(line.text) && !isHeading(line)) {
      numbers.push(line.text)
      dropped.add(line)
    } else if ((pagesWith.get(key(line))?.size ?? 0) >= repeatsOn) {
      running.push(line.text)
      dropped.add(line)
    }
  }
  const notices: BuildNotice[] = []
  const said = (what: string, texts: string[], why: string) => {
    if (texts.length === 0) return
    const count = `${texts.length} line${texts.length === 1 ? '' : 's'}`
    notices.push({
      kind: 'dropped',
      message: `dropped ${what} ("${shortQuote(texts[0] ?? '')}", ${count}): ${why}`
    })
  }
  said('the running heads and feet', running, 'they repeat at the top or bottom of the pages')
  said('the page numbers', numbers, 'each block keeps the page it starts on instead')
  return { kept: lines.filter((line) => !dropped.has(line)), notices }
}
