import type { MessageId } from '../shared/i18n/catalog-types'
import { droppedLines } from './page-chrome'
import type { BuildNotice } from './parsed-section'
import { plainText, type PdfLine } from './pdf-lines'

/**
 * Running heads and feet: the lines at the top and bottom edges of the pages, set apart from the
 * text, that are not the report:
 * - a line that repeats on most pages (a report's title, "Page 3 of 12": digits count as one);
 * - a page number alone, in a type no larger than the text's;
 * - what a browser prints around a page, even on a one-page PDF: the date and time with the
 *   page's title at the top ("12/6/26, 6:59 AM  Field bulletin"), the page's address and the
 *   page count at the foot ("file:///…/page.html  1/1").
 */
const EDGE_LINES = 2
/** How far a head or foot is from the text, at least: this many times the text's line spacing. */
const SET_APART = 1.5
/** Heads and feet are in the page's margins: its top or bottom tenth. */
const MARGIN = 0.1
const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i
/** A browser's date and time, as it prints them at the top left: "12/6/26, 6:59 AM", "2026-12-06 06:59". */
const BROWSER_DATE =
  /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\s+\p{L}+\s+\d{4}),?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\s|$)/u
/** A page's address, as a browser prints it at the foot. */
const BROWSER_ADDRESS = /^(?:(?:file|https?):\/\/\S+|about:blank)(?:\s|$)/i

export interface RunningChrome {
  kept: PdfLine[]
  notices: BuildNotice[]
}

export interface TextType {
  /** The text's size and line spacing, in points. */
  size: number
  spacing: number
  /** Whether a line is in a heading's type (larger, or bold). */
  isHeading: (line: PdfLine) => boolean
}

export function dropRunningChrome(
  lines: readonly PdfLine[],
  /** Each page's height, in points. */
  heights: readonly number[],
  { size, spacing, isHeading }: TextType
): RunningChrome {
  const { edges, outermost } = edgeLines(lines, heights, spacing)
  const key = (line: PdfLine) => {
    const text = plainText(line.text).toLowerCase()
    return isHeading(line) ? text : text.replace(/\d+/g, '#')
  }
  const pagesWith = new Map<string, Set<number>>()
  for (const line of edges) {
    pagesWith.set(key(line), (pagesWith.get(key(line)) ?? new Set()).add(line.page))
  }
  const repeatsOn = Math.max(2, Math.ceil(heights.length / 2))
  const numbers: string[] = []
  const running: string[] = []
  const browser: string[] = []
  const dropped = new Set<PdfLine>()
  // A browser prints its head and foot close to the text: only how near the edge they are counts.
  for (const line of outermost) {
    if (line.size <= size * 1.05 && isBrowserChrome(line)) {
      browser.push(plainText(line.text))
      dropped.add(line)
    }
  }
  for (const line of edges) {
    const text = plainText(line.text)
    if (dropped.has(line)) continue
    if (PAGE_NUMBER.test(text) && !isHeading(line)) {
      numbers.push(text)
      dropped.add(line)
    } else if ((pagesWith.get(key(line))?.size ?? 0) >= repeatsOn) {
      running.push(text)
      dropped.add(line)
    }
  }
  const notices: BuildNotice[] = []
  const said = (what: MessageId, texts: string[]) => {
    if (texts.length > 0) notices.push(droppedLines(what, texts))
  }
  said('build.dropped.browserChrome', browser)
  said('build.dropped.runningChrome', running)
  said('build.dropped.pageNumbers', numbers)
  return { kept: lines.filter((line) => !dropped.has(line)), notices }
}

/**
 * The lines nearest the top and the bottom of each page (up to two at each edge, each set apart
 * from the next line in), and the outermost line at each edge however close the next is, that
 * are in the page's margins.
 */
function edgeLines(
  lines: readonly PdfLine[],
  heights: readonly number[],
  spacing: number
): { edges: Set<PdfLine>; outermost: Set<PdfLine> } {
  const byPage = new Map<number, PdfLine[]>()
  for (const line of lines) {
    const pageLines = byPage.get(line.page)
    if (pageLines) pageLines.push(line)
    else byPage.set(line.page, [line])
  }
  const edges = new Set<PdfLine>()
  const outermost = new Set<PdfLine>()
  for (const [page, pageLines] of byPage) {
    const height = heights[page - 1] ?? 0
    const inMargin = (line: PdfLine) => line.y < height * MARGIN || line.y > height * (1 - MARGIN)
    // Lines on one baseline (a head's left and right parts, two columns' first lines) together.
    const baselines = [...new Set(pageLines.map((line) => line.y))].sort((a, b) => a - b)
    const on = (y: number | undefined) => pageLines.filter((line) => line.y === y && inMargin(line))
    for (const order of [baselines, [...baselines].reverse()]) {
      for (const line of on(order[0])) outermost.add(line)
      for (let i = 0; i < EDGE_LINES; i++) {
        const y = order[i]
        const next = order[i + 1]
        if (y === undefined || (next !== undefined && Math.abs(next - y) <= spacing * SET_APART))
          break
        for (const line of on(y)) edges.add(line)
      }
    }
  }
  return { edges, outermost }
}

function isBrowserChrome(line: PdfLine): boolean {
  const text = plainText(line.text)
  return BROWSER_DATE.test(text) || line.cells.some((cell) => BROWSER_ADDRESS.test(cell.text))
}
