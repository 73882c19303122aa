import { lowest, highest } from './extremes'
import type { PdfTextRun } from './pdf-text-layer'

/**
 * Pages set in columns are read a column at a time. The runs of a page are cut where a strip of
 * white runs down the page between two blocks of prose (an XY-cut): a gutter. Lines that cross
 * the gutter (a title over both columns, a running head) are read where they are and split the
 * page into bands, each read left column first; each column is cut again, for three columns or
 * more. Prose, not a table: on each side most lines fill their column (a table's first column has
 * short cells), and both sides hold several lines.
 */

/** Each side of the gutter holds at least this many lines. */
const MIN_LINES = 3
/** At most this share of the lines may cross the gutter (titles, heads and feet). */
const MAX_CROSSING = 0.15
/** A gutter is this many times the type's size wide, at least. */
const MIN_GUTTER = 0.8
/** A line fills its column when it is this wide a share of it; most lines on each side do. */
const FILLS = 0.6
const FILLING = 0.5
/** Below this share of filling lines on a side, the two blocks are not read as columns. */
const MAYBE_FILLING = 0.25
/** Gutters are looked for between this share of the width from either edge. */
const EDGE = 0.2
const MAX_DEPTH = 3

export interface ReadingOrder {
  /** The page's runs in groups (a column of a band, or a line across), in reading order. */
  groups: PdfTextRun[][]
  /** Set when the page may be in columns but was read line by line instead: why. */
  uncertain?: string
}

/** Runs on one baseline. */
interface Row {
  runs: PdfTextRun[]
  y: number
}

export function readingOrder(runs: readonly PdfTextRun[]): ReadingOrder {
  const result: ReadingOrder = { groups: [] }
  cut(rowsOf(runs), 0, result)
  return result
}

function cut(rows: readonly Row[], depth: number, result: ReadingOrder): void {
  const gutter = depth < MAX_DEPTH ? findGutter(rows) : null
  if (gutter === null || 'uncertain' in gutter) {
    if (gutter && !result.uncertain) result.uncertain = gutter.uncertain
    if (rows.length > 0) result.groups.push(rows.flatMap((row) => row.runs))
    return
  }
  let left: Row[] = []
  let right: Row[] = []
  const endBand = () => {
    if (left.length > 0) cut(left, depth + 1, result)
    if (right.length > 0) cut(right, depth + 1, result)
    left = []
    right = []
  }
  for (const row of rows) {
    if (row.runs.some((run) => crosses(run, gutter))) {
      endBand()
      result.groups.push(row.runs)
      continue
    }
    const leftRuns = row.runs.filter((run) => run.x + run.width <= gutter.start + 0.5)
    const rightRuns = row.runs.filter((run) => run.x >= gutter.end - 0.5)
    if (leftRuns.length > 0) left.push({ runs: leftRuns, y: row.y })
    if (rightRuns.length > 0) right.push({ runs: rightRuns, y: row.y })
  }
  endBand()
}

const crosses = (run: PdfTextRun, strip: { start: number; end: number }) =>
  run.x < strip.end - 0.5 && run.x + run.width > strip.start + 0.5

/** Runs grouped by baseline, top to bottom. */
function rowsOf(runs: readonly PdfTextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: Row[] = []
  for (const run of sorted) {
    const row = rows[rows.length - 1]
    const first = row?.runs[0]
    if (row && first && Math.abs(first.y - run.y) < 0.3 * Math.max(first.size, run.size)) {
      row.runs.push(run)
    } else rows.push({ runs: [run], y: run.y })
  }
  return rows
}

type Gutter = { start: number; end: number } | { uncertain: string }

/**
 * The strip of white down the page between two blocks of prose that the fewest lines cross, or
 * null. Runs, not lines, are counted: a table that overflows its column may leave its cells
 * closer to the next column than a gap between words.
 */
function findGutter(rows: readonly Row[]): Gutter | null {
  if (rows.length < MIN_LINES * 2) return null
  const runs = rows.flatMap((row) => row.runs)
  const from = Math.floor(lowest(runs.map((run) => run.x)))
  const to = Math.ceil(highest(runs.map((run) => run.x + run.width)))
  const width = to - from
  if (width <= 0) return null
  // How many rows cross each point across the page.
  const cover = new Uint16Array(width + 1)
  for (const row of rows) {
    const crossed = new Uint8Array(width + 1)
    for (const run of row.runs) {
      const [start, end] = [Math.ceil(run.x) - from, Math.floor(run.x + run.width) - from]
      for (let x = Math.max(0, start); x <= Math.min(width, end); x++) crossed[x] = 1
    }
    for (let x = 0; x <= width; x++) cover[x] = (cover[x] ?? 0) + (crossed[x] ?? 0)
  }
  const sizes = runs.map((run) => run.size).sort((a, b) => a - b)
  const size = sizes[Math.floor(sizes.length / 2)] ?? 10
  const [low, high] = [Math.ceil(width * EDGE), Math.floor(width * (1 - EDGE))]
  let fewest = Infinity
  for (let x = low; x <= high; x++) fewest = Math.min(fewest, cover[x] ?? 0)
  if (fewest > rows.length * MAX_CROSSING) return null
  let best: { start: number; end: number; support: number } | null = null
  let doubt: string | null = null
  let start = -1
  for (let x = low; x <= high + 1; x++) {
    const open = x <= high && (cover[x] ?? 0) <= fewest
    if (open && start < 0) start = x
    if (open || start < 0) continue
    const strip = { start: from + start, end: from + x - 1 }
    start = -1
    if (strip.end - strip.start < MIN_GUTTER * size) continue
    const judged = judge(rows, strip)
    if (judged === 'table') {
      doubt ??=
        'text stands in two blocks side by side that may be columns or a table; it was read line by line across both'
    } else if (judged > (best?.support ?? 0)) best = { ...strip, support: judged }
  }
  if (best) return { start: best.start, end: best.end }
  return doubt ? { uncertain: doubt } : null
}

/**
 * How well a strip parts two columns of prose: the lines on its weaker side, or 0 when it does
 * not, or 'table' when the blocks on both sides might be columns or a table's cells.
 */
function judge(rows: readonly Row[], strip: { start: number; end: number }) {
  const sides = (keep: (run: PdfTextRun) => boolean) =>
    rows.flatMap((row) => {
      const runs = row.runs.filter(keep)
      if (runs.length === 0 || row.runs.some((run) => crosses(run, strip))) return []
      return [[lowest(runs.map((r) => r.x)), highest(runs.map((r) => r.x + r.width))]]
    })
  const left = sides((run) => run.x + run.width <= strip.start + 0.5)
  const right = sides((run) => run.x >= strip.end - 0.5)
  if (left.length < MIN_LINES || right.length < MIN_LINES) return 0
  const leftFrom = lowest(left.map(([x]) => x ?? 0))
  const rightTo = highest(right.map(([, end]) => end ?? 0))
  const filling = (side: number[][], columnWidth: number) =>
    side.filter(([x = 0, end = 0]) => end - x >= FILLS * columnWidth).length / side.length
  const share = Math.min(filling(left, strip.start - leftFrom), filling(right, rightTo - strip.end))
  if (share >= FILLING) return Math.min(left.length, right.length)
  return share >= MAYBE_FILLING ? 'table' : 0
}
