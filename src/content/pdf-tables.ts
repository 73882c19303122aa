import { lowest, highest } from './extremes'
import { LIST_MARKER, plainText, type PdfLine, type PdfLineRun } from './pdf-lines'
import type { PdfShape } from './pdf-text-layer'

/**
 * Tables in a PDF without tags: lines whose text stands in pieces, set apart by wide gaps, that
 * line up under each other in columns. Consecutive such lines (and the lines of a cell that
 * wraps, which stand in one column only) make a table; a line with text in the first column
 * starts a row, and so does a wider gap when the first column is empty. The first row is the
 * header when it is set apart from the others: in bold over rows that are not, or over a rule
 * that no other row has under it.
 */

/** A gap this many times the type's size, at least, parts a table's cells. */
const CELL_GAP = 0.8
/** Rows of a table are at most this many times the type's size apart (a cell's lines closer). */
const ROW_GAP = 3
/** A header's rule spans at least this share of the table's width. */
const RULE_SPAN = 0.5

export interface PdfTableRow {
  header: boolean
  /** Each column's text, raised runs marked as in a line's text; empty for an empty cell. */
  cells: string[][]
  lines: PdfLine[]
}

export interface PdfTable {
  kind: 'table'
  page: number
  rows: PdfTableRow[]
}

export interface TableSearch {
  /** The lines in reading order, a table in place of the lines it was made of. */
  items: (PdfLine | PdfTable)[]
  /** Pages with lines that stand in pieces like a table's, but whose pieces do not line up. */
  doubtful: number[]
}

interface Piece {
  x: number
  right: number
  text: string
}

/** A list's marker or a heading's number ("2.", "3.1.4."): it belongs to the text after it. */
const isMarker = (text: string) => LIST_MARKER.test(text.trim()) || SECTION_NUMBER.test(text.trim())
const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3})+\.?$/u
/** Tables are in the text's type: a line this much larger is a heading. */
const LARGER = 1.12

export function findTables(
  lines: readonly PdfLine[],
  shapesOn: (page: number) => readonly PdfShape[],
  textSize: number
): TableSearch {
  const items: (PdfLine | PdfTable)[] = []
  const doubtful = new Set<number>()
  const inTextType = (line: PdfLine) => line.size < textSize * LARGER
  for (let i = 0; i < lines.length;) {
    const line = lines[i] as PdfLine
    const region =
      inTextType(line) && piecesOf(line).length >= 2 ? tableFrom(lines, i, inTextType) : null
    if (region && 'table' in region) {
      items.push(withHeader(region.table, shapesOn(line.page)))
      i = region.end
    } else {
      if (region) doubtful.add(line.page)
      items.push(line)
      i++
    }
  }
  return { items: joinedTables(items), doubtful: [...doubtful].sort((a, b) => a - b) }
}

/**
 * A table that a column or page break cut in two is one: the second part follows the first with
 * nothing between them, has as many columns, and may repeat the header row (dropped).
 */
function joinedTables(items: readonly (PdfLine | PdfTable)[]): (PdfLine | PdfTable)[] {
  const joined: (PdfLine | PdfTable)[] = []
  for (const item of items) {
    const last = joined[joined.length - 1]
    if (last && 'kind' in last && 'kind' in item && columnsOf(last) === columnsOf(item)) {
      const header = last.rows[0]
      const [first, ...rest] = item.rows
      const repeated = header?.header && first && rowText(first) === rowText(header)
      last.rows.push(...(repeated ? rest : item.rows))
      continue
    }
    joined.push('kind' in item ? { ...item, rows: [...item.rows] } : item)
  }
  return joined
}

const columnsOf = (table: PdfTable) => table.rows[0]?.cells.length ?? 0
const rowText = (row: PdfTableRow) => row.cells.map((cell) => plainText(cell.join(' '))).join('|')

/** The pieces of a line: its runs, parted where a wide gap is; a list's marker joins its text. */
function piecesOf(line: PdfLine): Piece[] {
  const pieces: Piece[] = []
  let previous: PdfLineRun | null = null
  for (const run of line.runs) {
    const piece = pieces[pieces.length - 1]
    const text = run.raised ? `\uE000${run.text.trim()}\uE001` : run.text
    if (!piece || !previous || run.x - previous.right >= CELL_GAP * line.size) {
      if (piece && isMarker(piece.text)) piece.text += ' ' + text
      else pieces.push({ x: run.x, right: run.right, text })
    } else {
      const space = run.x - previous.right > line.size * 0.15 && !run.raised ? ' ' : ''
      piece.text += space + text
    }
    const last = pieces[pieces.length - 1] as Piece
    last.right = Math.max(last.right, run.right)
    previous = run
  }
  return pieces
    .map((piece) => ({ ...piece, text: piece.text.replace(/\s+/g, ' ').trim() }))
    .filter((piece) => plainText(piece.text) !== '')
}

type Region = { table: PdfTable; end: number } | { doubt: true }

/** The table that starts at lines[start], if the lines from there make one. */
function tableFrom(
  lines: readonly PdfLine[],
  start: number,
  inTextType: (line: PdfLine) => boolean
): Region | null {
  const first = lines[start] as PdfLine
  const rows: { line: PdfLine; pieces: Piece[] }[] = []
  let columns: [number, number][] = []
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as PdfLine
    const previous = rows[rows.length - 1]?.line
    if (previous) {
      const gap = line.y - previous.y
      if (
        line.page !== first.page ||
        gap <= 0 ||
        gap > ROW_GAP * Math.max(line.size, previous.size)
      )
        break
    }
    if (!inTextType(line)) break
    if (!inTextType(line)) break
    const pieces = piecesOf(line)
    if (pieces.length === 1) {
      // A cell's next line stands inside one column.
      const [piece] = pieces as [Piece]
      const inside = columns.findIndex(([from, to]) => piece.x < to && piece.right > from)
      const next = columns[inside + 1]
      if (
        inside < 0 ||
        piece.x < (columns[inside]?.[0] ?? 0) - line.size ||
        (next && piece.right >= next[0])
      )
        break
    } else if (pieces.length === 0) break
    rows.push({ line, pieces })
    if (pieces.length >= 2)
      columns = merged([...columns, ...pieces.map((p): [number, number] => [p.x, p.right])])
  }
  const multi = rows.filter((row) => row.pieces.length >= 2)
  if (multi.length < 2) return null
  // Every piece must stand in one column: text across columns is prose, not a table.
  const fits = rows.every((row) =>
    row.pieces.every(
      (piece) => columns.filter(([from, to]) => piece.x < to && piece.right > from).length === 1
    )
  )
  if (columns.length < 2 || !fits) return { doubt: true }
  // A line of one piece after the last row is a cell's next line only at a cell's line spacing.
  while (rows.length > 1) {
    const [before, last] = rows.slice(-2) as [(typeof rows)[number], (typeof rows)[number]]
    if (last.pieces.length >= 2 || last.line.y - before.line.y <= last.line.size * 1.3) break
    rows.pop()
  }
  const columnOf = (piece: Piece) =>
    columns.findIndex(([from, to]) => piece.x < to && piece.right > from)
  const gaps = rows.slice(1).map((row, i) => row.line.y - (rows[i]?.line.y ?? 0))
  const closest = lowest(gaps)
  const tableRows: PdfTableRow[] = []
  rows.forEach((row, i) => {
    const byColumn = row.pieces.map((piece) => [columnOf(piece), piece.text] as const)
    const startsRow =
      i === 0 || byColumn.some(([column]) => column === 0) || (gaps[i - 1] ?? 0) > closest * 1.2
    let current = tableRows[tableRows.length - 1]
    if (startsRow || !current) {
      current = { header: false, cells: columns.map(() => []), lines: [] }
      tableRows.push(current)
    }
    current.lines.push(row.line)
    for (const [column, text] of byColumn) current.cells[column]?.push(text)
  })
  return { table: { kind: 'table', page: first.page, rows: tableRows }, end: start + rows.length }
}

/** Intervals that overlap (or nearly touch) merged into one, left to right. */
function merged(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [from, to] of sorted) {
    const last = out[out.length - 1]
    if (last && from < last[1]) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}

/** Marks the first row as the header when it is set apart (bold, or over a rule of its own). */
function withHeader(table: PdfTable, shapes: readonly PdfShape[]): PdfTable {
  const [first, second] = table.rows
  if (!first || !second) return table
  const allBold = (row: PdfTableRow) =>
    row.lines.every((line) => line.runs.every((run) => run.bold || run.raised || !run.text.trim()))
  const left = lowest(table.rows.flatMap((row) => row.lines.map((line) => line.x)))
  const right = highest(table.rows.flatMap((row) => row.lines.map((line) => line.right)))
  const ruleBetween = (above: PdfTableRow, below: PdfTableRow) => {
    const top = highest(above.lines.map((line) => line.y))
    const bottom = lowest(below.lines.map((line) => line.y - line.size))
    const span = shapes
      .filter((s) => s.height <= 2.5 && s.width >= 8 && s.y > top && s.y < bottom)
      .reduce((sum, s) => sum + Math.min(s.x + s.width, right) - Math.max(s.x, left), 0)
    return span >= RULE_SPAN * (right - left)
  }
  const boldHeader = allBold(first) && !table.rows.slice(1).every(allBold)
  const ruledHeader =
    ruleBetween(first, second) &&
    !table.rows.slice(1, -1).some((row, i) => ruleBetween(row, table.rows[i + 2] as PdfTableRow))
  if (!boldHeader && !ruledHeader) return table
  return { ...table, rows: table.rows.map((row, i) => (i === 0 ? { ...row, header: true } : row)) }
}
