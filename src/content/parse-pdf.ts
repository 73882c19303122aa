import { cleanText } from '../shared/text/clean-text'
import { headingLevels } from './heading-levels'
import { splitListBlock } from './list-items'
import { findPageChrome, NO_CHROME_CONTEXT, type ChromeContext } from './page-chrome'
import type { BuildNotice, ParsedReport } from './parsed-section'
import { dropRunningChrome, pdfLines, type PdfLine } from './pdf-lines'
import type { PdfTextLayer } from './pdf-text-layer'
import { SENTENCE_END } from './report-warnings'
import { splitRunInHeading } from './run-in-heading'
import { SectionsBuilder } from './sections-builder'

/**
 * A PDF with a text layer (`.pdf`), from the runs of text pdf.js found on its pages
 * (pdf-text-layer-reader.ts):
 *
 * 1. Runs on one baseline make a line; running heads and feet and page numbers are dropped
 *    (pdf-lines.ts).
 * 2. The text's type is the size most of its characters have. A line in larger type is a
 *    heading, the larger the higher; a line all in bold at the text's size is a heading below
 *    those; a paragraph that opens with a bold label and a colon ("Overview: …") starts a section
 *    as a run-in heading does in plain text. Heading lines that follow each other in one type are
 *    one heading (a long title wraps).
 * 3. Lines make a paragraph while they follow each other at the text's line spacing; a wider gap,
 *    a heading or a change of type ends it. A paragraph goes on over a page break when its last
 *    line on the page is full or does not end a sentence. A word broken at a line's end by a
 *    hyphen is joined (a soft hyphen goes, a hyphen stays: "law-" "enforcement" is
 *    "law-enforcement"). Lines that start with a bullet or a number are list items.
 * 4. The page chrome rules (page-chrome.ts) see the lines as plain text would: the report's title
 *    and printed details, banners, "On This Page" and what follows are dropped.
 *
 * Every block keeps the page it starts on (`page`), for citations.
 */

/** A line this much larger than the text's type is a heading. */
const LARGER = 1.12
/** A gap between lines this much wider than the text's line spacing starts a paragraph. */
const WIDER = 1.3
/** Line spacing, as a multiple of the type's size: the widest there is, and a usual one. */
const MAX_SPACING = 2.2
const DEFAULT_SPACING = 1.4
/** A heading's lines are this many times its size apart, or less (a title that wraps). */
const HEADING_SPACING = 1.3
/** A line reaching this share of the text's width is full: the paragraph may go on after it. */
const FULL_LINE = 0.9

interface PdfBlock {
  kind: 'heading' | 'text'
  /** A heading's rank, 1 the highest. */
  rank: number
  lines: PdfLine[]
}

export function parsePdf(source: string, context: ChromeContext = NO_CHROME_CONTEXT): ParsedReport {
  const layer = JSON.parse(source) as PdfTextLayer
  const notices: BuildNotice[] = []
  const blank = layer.pages.flatMap((page, i) => (page.runs.length === 0 ? [i + 1] : []))
  if (blank.length > 0 && blank.length < layer.pages.length) {
    notices.push({
      kind: 'warning',
      message:
        `${blank.length === 1 ? 'page' : 'pages'} ${listOf(blank)} of the PDF ${blank.length === 1 ? 'has' : 'have'} no text ` +
        '(scanned pictures of pages, or pictures only): what they show is not in the app'
    })
  }
  const all = pdfLines(layer)
  const types = textTypes(all)
  const running = dropRunningChrome(
    all,
    layer.pages.map((page) => page.height),
    {
      spacing: types.body.spacing,
      isHeading: (line) => types.rankOf(line) !== null
    }
  )
  const blocks = pdfBlocks(running.kept, types)
  const chrome = dropPageChrome(blocks, context)

  // A paragraph that opens with a bold label is a run-in heading: it ranks below all others.
  const parts = chrome.kept.map((block) => {
    if (block.kind === 'heading') return { block, heading: headingText(block), rank: block.rank }
    const { lead, items } = splitListBlock(block.lines.map((l) => ({ text: l.text, indent: l.x })))
    const text = joinLines(lead.map((l) => l.text))
    const runIn = runInHeading(block, text)
    return runIn
      ? { block, heading: runIn.heading, rank: RUN_IN_RANK, text: runIn.rest, items }
      : { block, text, items }
  })
  const levelOf = headingLevels(parts.flatMap((part) => (part.rank ? [part.rank] : [])))
  const report = new SectionsBuilder()
  for (const part of parts) {
    const page = part.block.lines[0]?.page ?? 1
    if (part.heading !== undefined && part.rank) report.heading(part.heading, levelOf(part.rank))
    if (part.text) report.block({ text: part.text, page })
    const itemPages = part.items ? listItemPages(part.block) : []
    part.items?.forEach((item, i) => report.block({ ...item, page: itemPages[i] ?? page }))
  }
  return report.finish([...notices, ...running.notices, ...chrome.notices])
}

/**
 * The page chrome rules (page-chrome.ts) on the blocks' lines, a blank line between blocks and a
 * heading as one line; a dropped line ends its paragraph, as in plain text.
 */
function dropPageChrome(
  blocks: readonly PdfBlock[],
  context: ChromeContext
): { kept: PdfBlock[]; notices: BuildNotice[] } {
  const lines: { text: string; block: number; line: number }[] = []
  blocks.forEach((block, b) => {
    const texts = block.kind === 'heading' ? [headingText(block)] : block.lines.map((l) => l.text)
    texts.forEach((text, line) => lines.push({ text, block: b, line }))
    lines.push({ text: '', block: b, line: -1 })
  })
  const chrome = findPageChrome(
    lines.map((line) => line.text),
    context
  )
  const kept: PdfBlock[] = []
  let current: PdfBlock | null = null
  for (const [i, line] of lines.entries()) {
    const block = blocks[line.block]
    if (!block || line.line < 0 || !chrome.keep[i]) current = null
    else if (block.kind === 'heading') kept.push(block)
    else {
      if (!current) {
        current = { ...block, lines: [] }
        kept.push(current)
      }
      const pdfLine = block.lines[line.line]
      if (pdfLine) current.lines.push(pdfLine)
    }
  }
  return { kept, notices: chrome.notices }
}

/** The page each list item of a block starts on: that of the line that starts it. */
function listItemPages(block: PdfBlock): number[] {
  return block.lines.flatMap((line) => {
    const { items } = splitListBlock([{ text: line.text, indent: line.x }])
    return items.map(() => line.page)
  })
}

/** Run-in headings rank below every other kind. */
const RUN_IN_RANK = Number.MAX_SAFE_INTEGER

function runInHeading(block: PdfBlock, text: string) {
  const lead = block.lines[0]?.boldLead
  if (!lead) return null
  const runIn = splitRunInHeading(text)
  return runIn && runIn.heading === lead.replace(/:$/, '').trim() ? runIn : null
}

/** The text's type, and the rank of a heading line's type (null for a line of text). */
function textTypes(lines: readonly PdfLine[]) {
  const body = bodyType(lines)
  const headingSizes = [
    ...new Set(lines.filter((l) => l.size >= body.size * LARGER).map((l) => l.size))
  ].sort((a, b) => b - a)
  const rankOf = (line: PdfLine): number | null => {
    if (line.size >= body.size * LARGER) return headingSizes.indexOf(line.size) + 1
    if (line.bold && !body.bold && !SENTENCE_END.test(line.text.replace(/:$/, ''))) {
      return headingSizes.length + 1
    }
    return null
  }
  return { body, rankOf }
}

type TextTypes = ReturnType<typeof textTypes>

/** Lines → headings and paragraphs, in reading order. */
function pdfBlocks(lines: readonly PdfLine[], { body, rankOf }: TextTypes): PdfBlock[] {
  const blocks: PdfBlock[] = []
  let previous: PdfLine | null = null
  for (const line of lines) {
    const rank = rankOf(line)
    const last = blocks[blocks.length - 1]
    const kind = rank === null ? 'text' : 'heading'
    const continues =
      last !== undefined &&
      previous !== null &&
      last.kind === kind &&
      last.rank === (rank ?? 0) &&
      Math.abs(previous.size - line.size) < 0.5 &&
      // Up the page is the top of the next column: as over a page break.
      (previous.page === line.page && line.y > previous.y
        ? line.y - previous.y <=
          (kind === 'text' ? body.spacing : line.size * HEADING_SPACING) * WIDER
        : kind === 'text' && goesOnOverPage(previous, body.right))
    if (continues) last.lines.push(line)
    else blocks.push({ kind, rank: rank ?? 0, lines: [line] })
    previous = line
  }
  return blocks
}

function goesOnOverPage(last: PdfLine, textRight: number): boolean {
  return last.right >= textRight * FULL_LINE || !SENTENCE_END.test(last.text)
}

/** The text's type: its size, whether it is bold, its line spacing and right edge. */
function bodyType(lines: readonly PdfLine[]) {
  const size = mostCommon(lines.map((l) => [l.size, l.text.length])) ?? 0
  const text = lines.filter((l) => l.size === size)
  const bold = mostCommon(text.map((l) => [l.bold, l.text.length])) ?? false
  // Gaps wider than double spacing are between paragraphs, whatever else the text has.
  const gaps = text.flatMap((l, i): [number, number][] => {
    const next = text[i + 1]
    const gap = next && next.page === l.page ? next.y - l.y : 0
    return gap > 0 && gap <= size * MAX_SPACING ? [[Math.round(gap * 4) / 4, 1]] : []
  })
  const spacing = mostCommon(gaps) ?? size * DEFAULT_SPACING
  const right = Math.max(0, ...text.map((l) => l.right))
  return { size, bold, spacing, right }
}

/** The value with the largest total weight. */
function mostCommon<T>(weighted: readonly (readonly [T, number])[]): T | undefined {
  const totals = new Map<T, number>()
  for (const [value, weight] of weighted) totals.set(value, (totals.get(value) ?? 0) + weight)
  return [...totals].sort((a, b) => b[1] - a[1])[0]?.[0]
}

function headingText(block: PdfBlock): string {
  return joinLines(block.lines.map((line) => line.text))
}

/**
 * Lines of a paragraph joined by spaces; a word broken by a soft hyphen is joined, one broken
 * at a hyphen keeps it ("law-" "enforcement": "law-enforcement").
 */
export function joinLines(lines: readonly string[]): string {
  let text = ''
  for (const line of lines) {
    if (text.endsWith('\u00AD')) text = text.slice(0, -1) + line
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text += line
    else text += text === '' ? line : ` ${line}`
  }
  return cleanText(text)
}

function listOf(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0])
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`
}
