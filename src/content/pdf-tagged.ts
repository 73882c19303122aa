import type { PdfBlock } from './pdf-blocks'
import { noteStart, type PdfNote } from './pdf-footnotes'
import { linesOf, textWithoutRaised, type PdfLine } from './pdf-lines'
import type { PdfTable, PdfTableRow } from './pdf-tables'
import type { PdfPageText, PdfStructElement, PdfTextLayer, PdfTextRun } from './pdf-text-layer'
import { SENTENCE_END } from './report-warnings'

/**
 * A tagged PDF read through its structure tree (as Word, LibreOffice and browsers write it when
 * asked): the tree gives the reading order and what each piece of text is — headings ("H1"…"H6"),
 * paragraphs, list items ("LI"), tables ("Table", "TR", "TH", "TD"), footnotes ("Note") and the
 * document's own table of contents ("TOC"), dropped. What the PDF marks as an artifact (running
 * heads and feet, page numbers) is not its text. Text outside the tree is read where it stands on
 * its page, after the tagged text, and said.
 */

/** Below this share of its text in the tree, a PDF's tags are not followed (its layout is). */
const COVERAGE = 0.9

export interface TaggedRead {
  blocks: PdfBlock[]
  notes: PdfNote[]
  /** The document's own contents' lines. */
  contents: string[]
  /** Pages with text outside the tree. */
  untagged: number[]
}

const GROUPS = new Set([
  'Root',
  'Document',
  'DocumentFragment',
  'Part',
  'Art',
  'Sect',
  'Div',
  'NonStruct',
  'Private',
  'Aside',
  'Form',
  'NonStruct'
])
const HEADING = /^H([1-6])?$/u
const QUOTE_STYLE = /quot|block ?text|blockquote/iu

/** The blocks of a tagged PDF, or null when it has no tags, or too few of its text is tagged. */
export function taggedBlocks(layer: PdfTextLayer, textSize: number): TaggedRead | null {
  if (!layer.pages.some((page) => page.structure)) return null
  let all = 0
  let inTree = 0
  const read: TaggedRead = { blocks: [], notes: [], contents: [], untagged: [] }
  layer.pages.forEach((page, index) => {
    const reader = new PageReader(page, index + 1, textSize, read)
    if (page.structure) reader.visit(page.structure, false)
    const left = reader.leftOver()
    for (const run of page.runs) if (!run.artifact) all += run.text.length
    inTree += reader.readCharacters
    if (left.length > 0) {
      read.untagged.push(index + 1)
      read.blocks.push(...linesOf(left, index + 1, page.shapes).map(textBlock))
    }
  })
  if (all === 0 || inTree / all < COVERAGE) return null
  read.blocks = joinedOverPages(read.blocks)
  return read
}

const textBlock = (line: PdfLine): PdfBlock => ({ kind: 'text', lines: [line] })

class PageReader {
  readCharacters = 0
  private readonly byMark = new Map<number, PdfTextRun[]>()
  private readonly used = new Set<PdfTextRun>()

  constructor(
    private readonly page: PdfPageText,
    private readonly number: number,
    private readonly textSize: number,
    private readonly read: TaggedRead
  ) {
    for (const run of page.runs) {
      if (run.artifact || run.mc === undefined) continue
      const runs = this.byMark.get(run.mc)
      if (runs) runs.push(run)
      else this.byMark.set(run.mc, [run])
    }
  }

  /** Runs of the page the tree never reached (artifacts aside). */
  leftOver(): PdfTextRun[] {
    return this.page.runs.filter((run) => !run.artifact && !this.used.has(run))
  }

  visit(element: PdfStructElement, quoted: boolean): void {
    const role = element.role
    if (role === 'Title' || HEADING.test(role)) {
      const lines = this.lines(element)
      if (lines.length > 0) this.read.blocks.push({ kind: 'heading', rank: rankOf(role), lines })
    } else if (role === 'L') {
      for (const kid of element.kids) if (typeof kid !== 'number') this.item(kid, quoted)
    } else if (role === 'Table') {
      this.table(element)
    } else if (role === 'Note' || role === 'FENote') {
      this.note(element)
    } else if (role === 'TOC') {
      this.read.contents.push(...this.lines(element).map((line) => line.text))
    } else if (role === 'BlockQuote') {
      this.children(element, true)
    } else if (GROUPS.has(role)) {
      this.children(element, quoted)
    } else this.paragraph(element, quoted)
  }

  private children(element: PdfStructElement, quoted: boolean): void {
    // Content directly in a group is a paragraph of its own, where it stands.
    let loose: number[] = []
    const flush = () => {
      if (loose.length > 0) this.paragraph({ role: 'P', kids: loose }, quoted)
      loose = []
    }
    for (const kid of element.kids) {
      if (typeof kid === 'number') loose.push(kid)
      else {
        flush()
        this.visit(kid, quoted)
      }
    }
    flush()
  }

  private paragraph(element: PdfStructElement, quoted: boolean): void {
    const lines = this.lines(element)
    if (lines.length === 0) return
    const style = lines.length > 0 ? this.styleOf(element) : ''
    const quote = quoted || element.role === 'BlockQuote' || QUOTE_STYLE.test(style)
    this.read.blocks.push({ kind: 'text', lines, ...(quote ? { quote: true } : {}) })
  }

  /**
   * A list item (an "LI", or whatever element a list holds: browsers write "NonStruct"): its
   * label and body, without the lists nested in it (they follow it).
   */
  private item(element: PdfStructElement, quoted: boolean): void {
    if (element.role === 'L') return this.visit(element, quoted)
    const nested: PdfStructElement[] = []
    const own = this.lines(element, (kid) => {
      if (kid.role !== 'L') return false
      nested.push(kid)
      return true
    })
    if (own.length > 0) this.read.blocks.push({ kind: 'text', lines: own, listItem: true })
    for (const list of nested) this.visit(list, quoted)
  }

  private table(element: PdfStructElement): void {
    const rows: PdfTableRow[] = []
    const visitRows = (node: PdfStructElement, header: boolean) => {
      for (const kid of node.kids) {
        if (typeof kid === 'number') continue
        if (kid.role === 'TR') {
          const cells = kid.kids.filter(
            (cell): cell is PdfStructElement => typeof cell !== 'number'
          )
          const texts = cells.map((cell) => this.lines(cell))
          if (texts.every((lines) => lines.length === 0)) continue
          rows.push({
            header: header || (cells.length > 0 && cells.every((cell) => cell.role === 'TH')),
            cells: texts.map((lines) => lines.map((line) => line.text)),
            lines: texts.flat()
          })
        } else visitRows(kid, header || kid.role === 'THead')
      }
    }
    visitRows(element, false)
    if (rows.length > 0)
      this.read.blocks.push({ kind: 'table', page: this.number, rows } satisfies PdfTable)
  }

  private note(element: PdfStructElement): void {
    const lines = this.lines(element)
    const [first] = lines
    if (!first) return
    const start = noteStart(first, this.textSize)
    const label = start?.label ?? String(this.read.notes.length + 1)
    const text = start?.text ?? first.text
    this.read.notes.push({
      label,
      page: this.number,
      lines: [{ ...first, text }, ...lines.slice(1)]
    })
  }

  /** The lines of an element's content, in its order; `skip` leaves kids out (and keeps them). */
  private lines(
    element: PdfStructElement,
    skip: (kid: PdfStructElement) => boolean = () => false
  ): PdfLine[] {
    const runs: PdfTextRun[] = []
    const collect = (node: PdfStructElement) => {
      for (const kid of node.kids) {
        if (typeof kid === 'number') {
          for (const run of this.byMark.get(kid) ?? []) {
            if (this.used.has(run)) continue
            this.used.add(run)
            this.readCharacters += run.text.length
            runs.push(run)
          }
        } else if (!skip(kid)) collect(kid)
      }
    }
    collect(element)
    return linesOf(runs, this.number, this.page.shapes, true)
  }

  /** The tag of an element's first marked content: Writer names its paragraph style there. */
  private styleOf(element: PdfStructElement): string {
    const first = element.kids.find((kid): kid is number => typeof kid === 'number')
    return first === undefined ? '' : (this.page.marked?.[first] ?? '')
  }
}

/** Title above H1, H1 to H6, and a bare H below them. */
function rankOf(role: string): number {
  if (role === 'Title') return 0
  const level = HEADING.exec(role)?.[1]
  return level ? Number(level) : 7
}

/**
 * A paragraph (or list item, or table) that a page break cut into two elements of the tree, one
 * on each page, is one: joined where the next page's first block is of the same kind and goes on
 * the text of the last block before the break.
 */
function joinedOverPages(blocks: readonly PdfBlock[]): PdfBlock[] {
  const joined: PdfBlock[] = []
  for (const block of blocks) {
    const last = joined[joined.length - 1]
    if (last && goesOnOverPage(last, block)) {
      if (last.kind === 'table' && block.kind === 'table')
        last.rows.push(...block.rows.filter((row) => !row.header))
      else if (last.kind === 'text' && block.kind === 'text') last.lines.push(...block.lines)
      continue
    }
    joined.push(
      block.kind === 'table'
        ? { ...block, rows: [...block.rows] }
        : { ...block, lines: [...block.lines] }
    )
  }
  return joined
}

function goesOnOverPage(last: PdfBlock, next: PdfBlock): boolean {
  if (last.kind === 'table' && next.kind === 'table') return next.page === last.page + 1
  if (last.kind !== 'text' || next.kind !== 'text') return false
  const end = last.lines[last.lines.length - 1]
  const start = next.lines[0]
  if (!end || !start || start.page !== end.page + 1) return false
  if (Boolean(last.quote) !== Boolean(next.quote)) return false
  // A list item's next part has no marker of its own.
  if (next.listItem && /^\S+\s/u.test(start.text) && startsWithMarker(start.text)) return false
  return /^\p{Ll}/u.test(start.text) || !SENTENCE_END.test(textWithoutRaised(end.text))
}

const startsWithMarker = (text: string) =>
  /^(?:[•◦▪‣●○■□*–-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s/u.test(text)
