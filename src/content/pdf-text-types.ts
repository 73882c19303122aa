import { highest } from './extremes'
import { plainText, type PdfLine } from './pdf-lines'
import { SENTENCE_END } from './report-warnings'

/**
 * The text's type in a PDF (the size most of its characters have, its weight and line spacing),
 * the headings' types (larger type, the larger the higher; bold lines at the text's size below
 * those), and each page's frames: where its text's lines start and end, a column at a time.
 */

/** A line this much larger than the text's type is a heading. */
const LARGER = 1.12
/** Line spacing, as a multiple of the type's size: the widest there is, and a usual one. */
const MAX_SPACING = 2.2
const DEFAULT_SPACING = 1.4

export interface TextTypes {
  body: { size: number; bold: boolean; spacing: number }
  /** The rank of a heading line's type (1 the highest), or null for a line of text. */
  rankOf(line: PdfLine): number | null
}

export function textTypes(lines: readonly PdfLine[]): TextTypes {
  const body = bodyType(lines)
  const headingSizes = [
    ...new Set(lines.filter((l) => l.size >= body.size * LARGER).map((l) => l.size))
  ].sort((a, b) => b - a)
  const rankOf = (line: PdfLine): number | null => {
    if (line.size >= body.size * LARGER) return headingSizes.indexOf(line.size) + 1
    const text = plainText(line.text)
    if (line.bold && !body.bold && !SENTENCE_END.test(text.replace(/:$/, ''))) {
      return headingSizes.length + 1
    }
    return null
  }
  return { body, rankOf }
}

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
  return { size, bold, spacing }
}

/** The value with the largest total weight. */
export function mostCommon<T>(weighted: readonly (readonly [T, number])[]): T | undefined {
  const totals = new Map<T, number>()
  for (const [value, weight] of weighted) totals.set(value, (totals.get(value) ?? 0) + weight)
  return [...totals].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/** Where a line's column starts and ends on its page. */
export interface Frame {
  left: number
  right: number
}

/**
 * Each line's frame: where its column's lines start (the leftmost place two lines of text or
 * more start at: indents and quotes stand further in) and where the longest end. A group of a
 * few lines (a title across columns) takes its page's frame.
 */
export function framesOf(groups: readonly PdfLine[][], bodySize: number): Map<PdfLine, Frame> {
  const frames = new Map<PdfLine, Frame>()
  const pages = new Map<number, PdfLine[]>()
  for (const line of groups.flat()) {
    const pageLines = pages.get(line.page)
    if (pageLines) pageLines.push(line)
    else pages.set(line.page, [line])
  }
  const pageFrames = new Map([...pages].map(([page, lines]) => [page, frameOf(lines, bodySize)]))
  for (const group of groups) {
    const own = group.filter((line) => Math.abs(line.size - bodySize) < 0.5).length >= 3
    const frame = own ? frameOf(group, bodySize) : pageFrames.get(group[0]?.page ?? 0)
    if (frame) for (const line of group) frames.set(line, frame)
  }
  return frames
}

function frameOf(lines: readonly PdfLine[], bodySize: number): Frame {
  // Lines of text, not a table's rows (a table may be wider than its column).
  const text = lines.filter(
    (line) => Math.abs(line.size - bodySize) < 0.5 && line.cells.length === 1
  )
  const counted = text.length > 0 ? text : lines
  const starts = counted.map((line) => line.x).sort((a, b) => a - b)
  const shared = starts.find((x, i) => Math.abs((starts[i + 1] ?? Infinity) - x) <= 1)
  return {
    left: shared ?? starts[0] ?? 0,
    right: highest(counted.map((line) => line.right))
  }
}
