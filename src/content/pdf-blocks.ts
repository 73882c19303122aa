import { highest } from './extremes'
import { plainText, textWithoutRaised, type PdfLine } from './pdf-lines'
import type { PdfTable } from './pdf-tables'
import type { Frame, TextTypes } from './pdf-text-types'
import type { PdfShape } from './pdf-text-layer'
import { SENTENCE_END } from './report-warnings'

/**
 * A PDF's lines (in reading order, footnotes taken out, tables found) grouped into blocks, from
 * their layout alone (a PDF without tags):
 * - a heading: lines in a heading's type that follow each other closely (a title that wraps);
 * - text: lines at the text's line spacing. A paragraph ends at a wider gap, a change of type or
 *   of indent, and where a line stops short of the margin although the next line's first word
 *   would have fit after it (the line was ended on purpose). Over a page or column break a
 *   paragraph goes on unless its last line ended so. A list runs from its first item (a line
 *   that starts with a bullet, drawn or written, or a number) while its lines start with a marker
 *   or stand indented past the markers;
 * - a quote: a paragraph whose lines all stand indented from the column's left edge;
 * - a table (pdf-tables.ts).
 */

export type PdfBlock =
  | { kind: 'heading'; rank: number; lines: PdfLine[] }
  | {
      kind: 'text'
      lines: PdfLine[]
      quote?: boolean
      /** A list item, as a tagged PDF says (its marker may be missing). */
      listItem?: boolean
    }
  | PdfTable

/** A gap between lines this much wider than the text's line spacing starts a paragraph. */
const WIDER = 1.3
/** A heading's lines are this many times its size apart, or less (a title that wraps). */
const HEADING_SPACING = 1.3
/** A quote stands this many times the type's size in from the column's edge, at least. */
const QUOTE_INDENT = 1.5
/** A line that starts a list item: a bullet or a number, and a space. */
export const ITEM_START = /^(?:[•◦▪‣●○■□*–-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+\S/u

export interface LayoutContext {
  types: TextTypes
  frames: ReadonlyMap<PdfLine, Frame>
  shapesOn: (page: number) => readonly PdfShape[]
}

export function layoutBlocks(
  items: readonly (PdfLine | PdfTable)[],
  context: LayoutContext
): PdfBlock[] {
  const { types } = context
  const blocks: PdfBlock[] = []
  // What the text block being read has seen so far, kept as it grows (blocks may be long).
  let open: OpenBlock = { lines: 0, marker: null, right: 0 }
  let previous: PdfLine | null = null
  for (const item of items) {
    if ('kind' in item) {
      blocks.push(item)
      previous = null
      continue
    }
    const line = item
    const rank = types.rankOf(line)
    const last = blocks[blocks.length - 1]
    const goesOn =
      last !== undefined &&
      last.kind !== 'table' &&
      previous !== null &&
      Math.abs(previous.size - line.size) < 0.5 &&
      (rank === null
        ? last.kind === 'text' && textGoesOn(open, previous, line, context)
        : last.kind === 'heading' &&
          last.rank === rank &&
          previous.page === line.page &&
          line.y > previous.y &&
          line.y - previous.y <= line.size * HEADING_SPACING * WIDER)
    if (goesOn) last.lines.push(line)
    else if (rank === null) blocks.push({ kind: 'text', lines: [line] })
    else blocks.push({ kind: 'heading', rank, lines: [line] })
    if (!goesOn) open = { lines: 0, marker: null, right: 0 }
    open.lines++
    open.right = Math.max(open.right, line.right)
    if (ITEM_START.test(plainText(line.text))) open.marker = line
    previous = line
  }
  return blocks.map((block) =>
    block.kind === 'text' && isQuote(block.lines, context) ? { ...block, quote: true } : block
  )
}

/** The text block being read: how many lines it has, its last item's marker line, its right. */
interface OpenBlock {
  lines: number
  marker: PdfLine | null
  right: number
}

/** Whether a line goes on the text block whose last line is `previous`. */
function textGoesOn(
  block: OpenBlock,
  previous: PdfLine,
  line: PdfLine,
  { types, frames }: LayoutContext
): boolean {
  const size = line.size
  const frame = frames.get(line) ?? { left: line.x, right: line.right }
  const item = ITEM_START.test(plainText(line.text))
  const inList = block.marker !== null
  const down = previous.page === line.page && line.y > previous.y
  if (down && line.y - previous.y > types.body.spacing * WIDER) return false
  if (item) return inList
  // Code keeps its lines: one goes on only where a long line wrapped.
  if (line.mono !== previous.mono) return false
  if (line.mono) return down && wrapsCode(previous, line, frames.get(previous) ?? frame)
  // Over a page or column break, a paragraph (or item) goes on unless it ended a sentence short.
  if (!down) {
    const end = frames.get(previous) ?? frame
    return (
      !SENTENCE_END.test(textWithoutRaised(previous.text)) ||
      end.right - previous.right <= firstWordWidth(line) + size
    )
  }
  if (block.marker) {
    // An item's next lines stand past its marker; text at the marker's place ends the list.
    return line.x > block.marker.x + size * 0.5
  }
  const indent = (l: PdfLine) => l.x - (frames.get(l)?.left ?? l.x) >= size * QUOTE_INDENT
  const indented = indent(line)
  if (indented && !indent(previous)) return false
  // A paragraph's first line may stand indented, the others not; a quote's lines all do.
  if (!indented && indent(previous) && block.lines > 1) return false
  if (indented && Math.abs(line.x - previous.x) > 1 && block.lines > 1) return false
  // An indented block (a quote) may stop short of the column on the right too, within a sentence.
  const right =
    indented && !SENTENCE_END.test(textWithoutRaised(previous.text))
      ? Math.max(line.right, block.right)
      : (frames.get(previous) ?? frame).right
  return !endedOnPurpose(previous, line, { ...frame, right })
}

/**
 * A line ended on purpose: it stops short of its column's right edge by more than the next
 * line's first word would have taken (and a little more: type is set with some slack), so the
 * break was not where the words ran out of room. A line that does not end a sentence is taken to
 * have ended on purpose only when it stops well short.
 */
export function endedOnPurpose(previous: PdfLine, next: PdfLine, frame: Frame): boolean {
  const room = frame.right - previous.right
  if (room <= firstWordWidth(next) + next.size) return false
  return (
    SENTENCE_END.test(textWithoutRaised(previous.text)) || room > (frame.right - frame.left) * 0.4
  )
}

/**
 * A line of code wrapped onto the next: the room left after it is less than the next line's
 * first word and a space. In monospaced type that width is exact (its characters times one's
 * width), so a short command after a long one is not taken for the rest of it.
 */
function wrapsCode(previous: PdfLine, next: PdfLine, frame: Frame): boolean {
  const text = plainText(next.text).trim()
  const charWidth = text.length > 0 ? (next.right - next.x) / text.length : next.size
  const firstWord = text.search(/\s|$/u)
  return frame.right - previous.right < (firstWord + 1) * charWidth
}

/** The width of a line's first word, with a raised reference after it, and a space. */
function firstWordWidth(line: PdfLine): number {
  let width = 0
  for (const run of line.runs) {
    const text = run.raised ? run.text.trim() : run.text
    const space = run.raised ? -1 : text.search(/\s/u)
    if (space === 0 && width > 0) break
    const share = space < 0 ? 1 : space / Math.max(1, text.length)
    width += (run.right - run.x) * share
    if (space > 0) break
  }
  return width + line.size * 0.25
}

/**
 * A block of text whose lines all stand indented from the column's left edge at one place, and
 * that is set in from the right too (each line breaks where the column had room for the next
 * line's first word) or has a rule down its left side (a quote's bar, as browsers draw it). An
 * indented paragraph that runs to the column's right edge is a paragraph.
 */
function isQuote(lines: readonly PdfLine[], { frames, shapesOn }: LayoutContext): boolean {
  const [first] = lines
  if (!first || ITEM_START.test(plainText(first.text))) return false
  const frame = frames.get(first) ?? { left: first.x, right: first.right }
  const indent = first.size * QUOTE_INDENT
  const indented = lines.every(
    (line) =>
      line.x - (frames.get(line)?.left ?? line.x) >= indent && Math.abs(line.x - first.x) <= 1
  )
  if (!indented) return false
  const top = first.y - first.size
  const bottom = highest(lines.map((line) => line.y))
  const bar = shapesOn(first.page).some(
    (s) =>
      s.width <= 4 &&
      s.height >= first.size &&
      s.x < first.x &&
      first.x - s.x <= first.size * 2 &&
      s.y <= bottom &&
      s.y + s.height >= top
  )
  // Its lines break where the column had room for the next line's first word: at a right indent.
  const roomy = lines
    .slice(0, -1)
    .filter((line, i) => frame.right - line.right > firstWordWidth(lines[i + 1] as PdfLine))
  const rightIndent = lines.length >= 2 && roomy.length * 2 >= lines.length - 1
  return bar || rightIndent
}
