import { lowest, highest } from './extremes'
import { cleanText } from '../shared/text/clean-text'
import type { PdfShape, PdfTextRun } from './pdf-text-layer'

/**
 * Lines of a PDF page: the runs of text on one baseline, left to right, with the small raised
 * runs beside them (a footnote's reference, its label at the foot) taken into the line they
 * belong to, a bullet drawn as a picture before the line read as a bullet, and the places where
 * a wide gap splits the line into cells (a table's columns).
 */

/** A piece of a line's text in one type. */
export interface PdfLineRun {
  text: string
  x: number
  right: number
  size: number
  bold: boolean
  /** Set higher than the line, in smaller type: a footnote's reference or label. */
  raised: boolean
}

/** A part of a line set apart from the rest by a wide gap: a table's cell, a column's line. */
export interface PdfCell {
  text: string
  x: number
  right: number
}

export interface PdfLine {
  /** The page it is on, counting from 1. */
  page: number
  /**
   * Its text, cleaned. A raised run's text is between RAISED_OPEN and RAISED_CLOSE, for the
   * footnotes to find (see plainText for the text without them). A soft hyphen at the end (a
   * word broken there) is kept for joining lines.
   */
  text: string
  /** Left edge, right edge and baseline, in points from the page's top left corner. */
  x: number
  right: number
  y: number
  /** The size of most of its type. */
  size: number
  /** Whether all of it is bold. */
  bold: boolean
  /** Whether all of it is in monospaced type (code, a command). */
  mono: boolean
  /** The text of its first run when that run is bold and the line is not: a bold run-in label. */
  boldLead: string | null
  runs: PdfLineRun[]
  cells: PdfCell[]
}

/** Around a raised run's text in a line's text. */
export const RAISED_OPEN = '\uE000'
export const RAISED_CLOSE = '\uE001'
const RAISED = new RegExp(`[${RAISED_OPEN}${RAISED_CLOSE}]`, 'gu')

/** A line's text without the marks around raised runs. */
export const plainText = (text: string): string => text.replace(RAISED, '')

const RAISED_RUN = new RegExp(`${RAISED_OPEN}[^${RAISED_CLOSE}]*${RAISED_CLOSE}`, 'gu')

/** A line's text without its raised runs: where its words end, a footnote's reference aside. */
export const textWithoutRaised = (text: string): string => text.replace(RAISED_RUN, '').trim()

/** Runs whose baselines differ by less than this share of their size are on one line. */
const SAME_LINE = 0.3
/** A gap between runs wider than this share of the size is a space between words. */
const WORD_GAP = 0.15
/** A gap this many times the type's size, at least, parts a line into cells. */
export const CELL_GAP = 1.5
/** A raised run is at most this share of its line's type, set this much higher, or less. */
const RAISED_SIZE = 0.85
const RAISED_MIN = 0.12
const RAISED_MAX = 0.7
/** A bullet drawn as a shape is at most this share of the line's type, and this close before it. */
const BULLET_SIZE = 0.6
const BULLET_GAP = 3
/** Ligatures a PDF's text may keep as one character ("ﬁ" for "fi"). */
const LIGATURES = /[\uFB00-\uFB06]/gu
/** A list marker on its own: a cell of it belongs to the text after it. */
export const LIST_MARKER =
  /^(?:[•◦▪‣●○■□*–—\-\uF0B7\uF0A7\uF0D8\uF0FC\uF06E\uF076]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])$/u

/**
 * The lines of some runs of one page, top to bottom (runs of one column, or of one element of a
 * tagged PDF's structure). `shapes` are the page's shapes, for bullets drawn as pictures.
 */
export function linesOf(
  runs: readonly PdfTextRun[],
  page: number,
  shapes: readonly PdfShape[] = [],
  /** Keep the runs' order (a tagged PDF's content order) rather than top to bottom. */
  inOrder = false
): PdfLine[] {
  const rows = attachRaised(rowsOf(runs))
  if (inOrder) {
    const order = new Map(runs.map((run, i) => [run, i]))
    const first = (row: RowRun[]) => lowest(row.map(({ run }) => order.get(run) ?? 0))
    rows.sort((a, b) => first(a) - first(b))
  }
  return rows.map((row) => lineOf(row, page, shapes))
}

interface RowRun {
  run: PdfTextRun
  raised: boolean
}

/** Runs on one baseline, top to bottom. */
function rowsOf(runs: readonly PdfTextRun[]): RowRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: RowRun[][] = []
  for (const run of sorted) {
    const row = rows[rows.length - 1]
    const first = row?.[0]?.run
    if (row && first && Math.abs(first.y - run.y) < SAME_LINE * Math.max(first.size, run.size)) {
      row.push({ run, raised: false })
    } else rows.push([{ run, raised: false }])
  }
  return rows
}

const sizeOf = (row: readonly RowRun[]) => highest(row.map(({ run }) => run.size))
const leftOf = (row: readonly RowRun[]) => lowest(row.map(({ run }) => run.x))
const rightOf = (row: readonly RowRun[]) => highest(row.map(({ run }) => run.x + run.width))

/**
 * A row of small type set a little higher than the row below it, and beside its text, is part of
 * that row: a footnote's reference after a word, or its label at the start of the footnote.
 */
function attachRaised(rows: RowRun[][]): RowRun[][] {
  const kept: RowRun[][] = []
  rows.forEach((row, i) => {
    const size = sizeOf(row)
    const base = rows.slice(i + 1, i + 3).find((below) => {
      const lineSize = sizeOf(below)
      const rise = (below[0]?.run.y ?? 0) - (row[0]?.run.y ?? 0)
      return (
        size <= lineSize * RAISED_SIZE &&
        rise >= lineSize * RAISED_MIN &&
        rise <= lineSize * RAISED_MAX &&
        leftOf(row) >= leftOf(below) - lineSize * 2 &&
        rightOf(row) <= rightOf(below) + lineSize * 3
      )
    })
    if (base) base.push(...row.map(({ run }) => ({ run, raised: true })))
    else kept.push(row)
  })
  return kept
}

function lineOf(row: readonly RowRun[], page: number, shapes: readonly PdfShape[]): PdfLine {
  const sorted = [...row].sort((a, b) => a.run.x - b.run.x)
  const size = mainSize(sorted)
  const runs: PdfLineRun[] = sorted.map(({ run, raised }, i) => ({
    // A soft hyphen drawn inside the line is a hyphen (see cleanLineText).
    text: run.text
      .replace(LIGATURES, (ligature) => ligature.normalize('NFKC'))
      .replace(i === sorted.length - 1 ? /\u00AD(?=.*\S)/gu : /\u00AD/gu, '-'),
    x: run.x,
    right: run.x + run.width,
    size: run.size,
    bold: run.bold,
    raised
  }))
  const cells: { text: string; x: number; right: number }[] = []
  let right = -Infinity
  for (const run of runs) {
    const gap = run.x - right
    const cell = cells[cells.length - 1]
    if (!cell || gap >= CELL_GAP * size) {
      if (cell && LIST_MARKER.test(cell.text.trim())) cell.text += ' '
      else cells.push({ text: '', x: run.x, right: run.x })
    } else if (gap > WORD_GAP * run.size && !/\s$/.test(cell.text) && !run.raised) {
      cell.text += ' '
    }
    const current = cells[cells.length - 1] as PdfCell
    current.text += run.raised ? `${RAISED_OPEN}${run.text.trim()}${RAISED_CLOSE}` : run.text
    current.right = Math.max(current.right, run.right)
    right = Math.max(right, run.right)
  }
  for (const cell of cells) cell.text = cleanLineText(cell.text)
  let text = cells.map((cell) => cell.text).join(' ')
  const first = runs.find((run) => !run.raised) ?? runs[0]
  const y = sorted.find(({ raised }) => !raised)?.run.y ?? sorted[0]?.run.y ?? 0
  let x = runs[0]?.x ?? 0
  const bullet = bulletBefore(shapes, x, y, size)
  if (bullet) {
    text = `${bullet.filled ? '•' : '◦'} ${text}`
    x = bullet.x
  }
  const readable = runs.filter((run) => run.text.trim() !== '')
  const bold = readable.every((run) => run.bold || run.raised)
  const mono =
    readable.length > 0 && sorted.every(({ run, raised }) => run.mono || raised || !run.text.trim())
  return {
    page,
    text,
    x,
    right,
    y,
    size,
    bold,
    mono,
    boldLead: !bold && first?.bold ? cleanText(first.text) : null,
    runs,
    cells
  }
}

/** The size of most of a row's type (raised runs aside). */
function mainSize(row: readonly RowRun[]): number {
  const bySize = new Map<number, number>()
  for (const { run, raised } of row) {
    if (raised) continue
    bySize.set(run.size, (bySize.get(run.size) ?? 0) + run.text.trim().length)
  }
  return [...bySize].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? row[0]?.run.size ?? 0
}

/**
 * A line's text, cleaned: a soft hyphen inside it was drawn, so it is a hyphen (some writers map
 * every hyphen to it); one at its end is kept, where a word may have been broken.
 */
function cleanLineText(text: string): string {
  const soft = /\u00AD\s*$/.test(text)
  const drawn = text.replace(/\u00AD(?=.*\S)/gu, '-')
  return cleanText(drawn) + (soft ? '\u00AD' : '')
}

/** A small shape just before a line's start, at the height of its small letters: a bullet. */
function bulletBefore(
  shapes: readonly PdfShape[],
  x: number,
  y: number,
  size: number
): PdfShape | undefined {
  return shapes.find((shape) => {
    const largest = Math.max(shape.width, shape.height)
    const middle = shape.y + shape.height / 2
    return (
      largest <= size * BULLET_SIZE &&
      Math.min(shape.width, shape.height) >= largest / 2 &&
      shape.x + shape.width <= x &&
      x - (shape.x + shape.width) <= size * BULLET_GAP &&
      middle <= y &&
      middle >= y - size * 0.8
    )
  })
}
