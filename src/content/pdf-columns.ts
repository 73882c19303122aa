import type { PdfTextRun } from './pdf-text-layer'

/**
 * Pages set in two columns are read a column at a time. A page has two columns when many of its
 * rows (runs on one baseline) have a wide gap at one place across the page, with a good length
 * of text on both sides of it: prose, not a table's short cells or a label and its value. Rows
 * with text across that place (a title over both columns, a running head) are read where they
 * are, and split the page into bands, each read left column first.
 */

/** A gap this many times the type's size, at least, may be the gutter between columns. */
const GUTTER = 1.5
/** Each side of the gutter holds at least this share of the page's width. */
const COLUMN_SHARE = 0.25
/** Rows with such a gap: at least this many, and this share of the page's rows. */
const MIN_ROWS = 3
const ROW_SHARE = 0.3

/** The rows of a page in reading order: each a run of text on one baseline, in one column. */
export function readingRows(rows: readonly PdfTextRun[][], pageWidth: number): PdfTextRun[][] {
  const gutter = findGutter(rows, pageWidth)
  if (gutter === null) return [...rows]
  const ordered: PdfTextRun[][] = []
  let left: PdfTextRun[][] = []
  let right: PdfTextRun[][] = []
  const endBand = () => {
    ordered.push(...left, ...right)
    left = []
    right = []
  }
  for (const row of rows) {
    if (row.some((run) => run.x < gutter && run.x + run.width > gutter)) {
      endBand()
      ordered.push(row)
      continue
    }
    const leftRuns = row.filter((run) => run.x + run.width <= gutter)
    const rightRuns = row.filter((run) => run.x >= gutter)
    if (leftRuns.length > 0) left.push(leftRuns)
    if (rightRuns.length > 0) right.push(rightRuns)
  }
  endBand()
  return ordered
}

/** Where the gutter between two columns is, or null for a page in one column. */
function findGutter(rows: readonly PdfTextRun[][], pageWidth: number): number | null {
  const gaps: [start: number, end: number][] = []
  for (const row of rows) {
    const runs = [...row].sort((a, b) => a.x - b.x)
    const first = runs[0]
    const last = runs[runs.length - 1]
    if (!first || !last) continue
    let end = first.x + first.width
    for (const run of runs.slice(1)) {
      const wide = run.x - end >= GUTTER * run.size
      const leftLength = end - first.x
      const rightLength = last.x + last.width - run.x
      const prose = Math.min(leftLength, rightLength) >= COLUMN_SHARE * pageWidth
      if (wide && prose) gaps.push([end, run.x])
      end = Math.max(end, run.x + run.width)
    }
  }
  if (gaps.length < Math.max(MIN_ROWS, ROW_SHARE * rows.length)) return null
  const middles = gaps.map(([start, end]) => (start + end) / 2).sort((a, b) => a - b)
  const gutter = middles[Math.floor(middles.length / 2)] ?? 0
  const across = gaps.filter(([start, end]) => start <= gutter && gutter <= end).length
  return across >= 0.8 * gaps.length ? gutter : null
}
