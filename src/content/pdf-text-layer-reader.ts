import { readFileSync, writeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getDocument, OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type {
  PdfExtraction,
  PdfPageText,
  PdfShape,
  PdfStructElement,
  PdfTextRun
} from './pdf-text-layer'

/**
 * Reads a PDF's text layer with pdf.js and writes it to stdout as lines of JSON: `{"pages": n}`
 * once the document is open, `{"page": i}` as each page is read (so that the process watching
 * it can tell a large PDF read steadily from one that hangs on a page, and refuse one with too
 * many pages), then the PdfExtraction. Run in a process of its own — `node
 * pdf-text-layer-reader.ts < report.pdf`, see pdf-child/supervise.ts — which keeps a hostile or
 * huge PDF's memory and time out of the build's, in a sandbox (pdf-child/sandbox.ts). The
 * sandbox takes process.stdout away (a pipe's stream is a socket): lines go to file
 * descriptor 1.
 *
 * The legacy build is pdf.js's build for Node. It runs its worker in this process (no worker
 * file is fetched), and everything it might load comes from the package on disk: nothing is
 * fetched, and no script in the PDF runs (pdf.js's core never runs a PDF's JavaScript; only its
 * viewer's sandbox would, and it is not used).
 *
 * Written in the TypeScript Node runs as it is (types only), so it needs no build step.
 */

const PACKAGE_ROOT = new URL('./', import.meta.resolve('pdfjs-dist/package.json'))

async function extract(data: Uint8Array): Promise<PdfExtraction> {
  const loading = getDocument({
    data,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    useWasm: false,
    stopAtErrors: false,
    // Keeps each font's name ("Literata-Bold"), which tells bold type from regular.
    fontExtraProperties: true,
    standardFontDataUrl: fileURLToPath(new URL('standard_fonts/', PACKAGE_ROOT)),
    cMapUrl: fileURLToPath(new URL('cmaps/', PACKAGE_ROOT)),
    verbosity: 0
  })
  let document
  try {
    document = await loading.promise
  } catch (error) {
    const name = (error as { name?: string }).name
    if (name === 'PasswordException') {
      return { problem: 'the PDF is protected by a password; save a copy without one' }
    }
    return { problem: 'not a PDF file that can be read (it may be damaged or not a PDF at all)' }
  }
  const pages: PdfPageText[] = []
  writeLine({ pages: document.numPages })
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    pages.push(await readPage(page))
    page.cleanup()
    writeLine({ page: number })
  }
  await loading.destroy()
  return { layer: { pages } }
}

async function readPage(page: PDFPageProxy): Promise<PdfPageText> {
  const [left, bottom, right, top] = page.view as [number, number, number, number]
  const toPage = (x: number, y: number): [number, number] => [x - left, top - y]
  const content = await page.getTextContent({ includeMarkedContent: true })
  // Loads the page's fonts, whose names and weights tell bold type from regular; its drawing
  // operators also give the shapes (bullets drawn as pictures, rules).
  const operators = await page.getOperatorList()
  const texts = withSoftHyphens(
    content.items.flatMap((item) => ('str' in item ? [item.str] : [])),
    operators
  )
  const runs: PdfTextRun[] = []
  const marked: string[] = []
  const ids = new Map<string, number>()
  // The marked content the text is in, innermost last: an index into `marked`, or 'artifact'.
  const open: (number | 'artifact' | null)[] = []
  let index = 0
  for (const item of content.items) {
    if (!('str' in item)) {
      const mark = item as { type: string; id?: string; tag?: string }
      if (mark.type === 'endMarkedContent') open.pop()
      else if (mark.tag === 'Artifact') open.push('artifact')
      else if (mark.id) {
        ids.set(mark.id, marked.length)
        open.push(marked.push(mark.tag ?? '') - 1)
      } else open.push(null)
      continue
    }
    const text = texts[index++] ?? item.str
    if (text.trim() === '') continue
    const [a, b, , , e, f] = item.transform as number[]
    const [x, y] = toPage(e ?? 0, f ?? 0)
    const mc = open.findLast((entry) => typeof entry === 'number')
    runs.push({
      text,
      x: round(x),
      y: round(y),
      width: round(item.width),
      size: round(Math.hypot(a ?? 0, b ?? 0)),
      bold: isBold(page.commonObjs, item.fontName),
      ...(isMonospaced(page.commonObjs, item.fontName) ? { mono: true } : {}),
      ...(mc !== undefined ? { mc } : {}),
      ...(open.includes('artifact') ? { artifact: true } : {})
    })
  }
  const structure = marked.length > 0 ? structureOf(await page.getStructTree(), ids) : null
  const shapes = shapesOf(operators, toPage)
  return {
    width: round(right - left),
    height: round(top - bottom),
    runs,
    ...(shapes.length > 0 ? { shapes } : {}),
    ...(marked.length > 0 ? { marked } : {}),
    ...(structure ? { structure } : {})
  }
}

/**
 * The text items' strings with the soft hyphens (U+00AD) the page draws put back. pdf.js leaves
 * them out of the text as invisible, but a PDF that draws one shows a hyphen there: some writers
 * map every hyphen to it ("open­source"), others the one where they broke a word at a line's end.
 * The drawing operators keep every glyph, in the order the text items are made from; the two are
 * walked together, and where they cannot be matched (a font without its characters, right-to-left
 * text) the page's text stays as pdf.js gives it.
 */
function withSoftHyphens(items: readonly string[], operators: Operators): string[] {
  let drawn = ''
  operators.fnArray.forEach((fn, i) => {
    if (fn !== OPS.showText && fn !== OPS.showSpacedText) return
    const glyphs = (operators.argsArray[i] as unknown[] | null)?.[0]
    if (!Array.isArray(glyphs)) return
    for (const glyph of glyphs) {
      if (glyph && typeof glyph === 'object' && 'unicode' in glyph) drawn += String(glyph.unicode)
    }
  })
  if (!drawn.includes('\u00AD')) return [...items]
  let at = 0
  const out: string[] = []
  for (const item of items) {
    let text = ''
    for (let i = 0; i < item.length;) {
      while (drawn[at] === '\u00AD') {
        text += '\u00AD'
        at++
      }
      const char = item[i] as string
      const glyph = drawn[at] ?? ''
      const expanded = glyph.normalize('NFKC')
      if (glyph === char || (expanded.length > 1 && item.startsWith(expanded, i))) {
        // The same character, or a ligature pdf.js spelt out ("ﬁ" as "fi").
        const same = glyph === char ? char : expanded
        text += same
        i += same.length
        at++
      } else if (/\s/u.test(char)) {
        // A space pdf.js put between runs of text.
        text += char
        i++
      } else if (/\s/u.test(glyph)) at++
      else return [...items]
    }
    // A soft hyphen at the end of a line's text is drawn there, where the word was broken.
    while (drawn[at] === '\u00AD') {
      text += '\u00AD'
      at++
    }
    out.push(text)
  }
  return out
}

type Operators = Awaited<ReturnType<PDFPageProxy['getOperatorList']>>

/** Deeper trees than this are cut (pdf.js itself serializes 40 levels). */
const MAX_DEPTH = 40
/** Elements kept of a page's tree, at most. */
const MAX_ELEMENTS = 20_000

interface StructNode {
  role?: string
  type?: string
  id?: string
  children?: StructNode[]
}

/** The page's structure tree, with marked content as indexes into the page's `marked`. */
function structureOf(tree: unknown, ids: ReadonlyMap<string, number>): PdfStructElement | null {
  let budget = MAX_ELEMENTS
  const convert = (node: StructNode, depth: number): PdfStructElement => {
    const kids: PdfStructElement['kids'] = []
    for (const child of node.children ?? []) {
      if (child.type === 'content' && child.id !== undefined) {
        const index = ids.get(child.id)
        if (index !== undefined) kids.push(index)
      } else if (child.role !== undefined && depth < MAX_DEPTH && budget-- > 0) {
        kids.push(convert(child, depth + 1))
      }
    }
    return { role: node.role ?? '', kids }
  }
  return tree && typeof tree === 'object' ? convert(tree as StructNode, 0) : null
}

/** Shapes this small, at most, may be bullets; rules are at most this thick. */
const MARK_SIZE = 12
const RULE_THICKNESS = 2.5
const RULE_LENGTH = 8
const MAX_SHAPES = 4000

type Matrix = [number, number, number, number, number, number]
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]
const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2],
  n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2],
  n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4],
  n[4] * m[1] + n[5] * m[3] + m[5]
]

const PAINTS = new Map<number, boolean>([
  [OPS.fill, true],
  [OPS.eoFill, true],
  [OPS.fillStroke, true],
  [OPS.eoFillStroke, true],
  [OPS.closeFillStroke, true],
  [OPS.closeEOFillStroke, true],
  [OPS.stroke, false],
  [OPS.closeStroke, false]
])

/**
 * The small shapes (a bullet drawn as a disc or a circle) and thin rules (a table's border, a
 * footnote's separator) a page draws, in page coordinates. Each path's bounding box comes from
 * pdf.js; the current transformation is followed through save, restore, transforms and forms.
 */
function shapesOf(
  operators: Operators,
  toPage: (x: number, y: number) => [number, number]
): PdfShape[] {
  const shapes: PdfShape[] = []
  const stack: Matrix[] = []
  let ctm: Matrix = IDENTITY
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[] | null
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix)
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      const matrix = args?.[0] as Matrix | null
      if (matrix) ctm = multiply(ctm, matrix)
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY
    else if (fn === OPS.constructPath && shapes.length < MAX_SHAPES) {
      const filled = PAINTS.get(args?.[0] as number)
      const box = args?.[2] as ArrayLike<number> | null
      if (filled === undefined || !box || box.length < 4) return
      const corners = [
        [box[0] ?? 0, box[1] ?? 0],
        [box[2] ?? 0, box[3] ?? 0],
        [box[0] ?? 0, box[3] ?? 0],
        [box[2] ?? 0, box[1] ?? 0]
      ].map(([x = 0, y = 0]) =>
        toPage(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5])
      )
      const xs = corners.map(([x]) => x)
      const ys = corners.map(([, y]) => y)
      const [x, y] = [Math.min(...xs), Math.min(...ys)]
      const [width, height] = [Math.max(...xs) - x, Math.max(...ys) - y]
      const mark = width <= MARK_SIZE && height <= MARK_SIZE && Math.max(width, height) >= 1
      const rule =
        Math.min(width, height) <= RULE_THICKNESS && Math.max(width, height) >= RULE_LENGTH
      if (mark || rule) {
        shapes.push({
          x: round(x),
          y: round(y),
          width: round(width),
          height: round(height),
          filled
        })
      }
    }
  })
  return shapes
}

interface FontObjects {
  has(id: string): boolean
  get(id: string): unknown
}

function isBold(fonts: FontObjects, id: string): boolean {
  if (!fonts.has(id)) return false
  const font = fonts.get(id) as { name?: string; bold?: boolean; black?: boolean } | null
  if (!font) return false
  return Boolean(font.bold || font.black) || /bold|black|heavy|semibold|demi/i.test(font.name ?? '')
}

function isMonospaced(fonts: FontObjects, id: string): boolean {
  if (!fonts.has(id)) return false
  const font = fonts.get(id) as { name?: string; isMonospace?: boolean } | null
  return (
    Boolean(font?.isMonospace) || /mono|courier|consol|menlo|typewriter/i.test(font?.name ?? '')
  )
}

const round = (n: number): number => Math.round(n * 100) / 100

/** One line of JSON on standard output, written whole. */
function writeLine(value: unknown): void {
  const bytes = Buffer.from(`${JSON.stringify(value)}\n`)
  for (let written = 0; written < bytes.length;) {
    written += writeSync(1, bytes, written, bytes.length - written)
  }
}

const input = new Uint8Array(readFileSync(0))
writeLine(
  await extract(input).catch((): PdfExtraction => ({
    problem: 'not a PDF file that can be read (reading it failed)'
  }))
)
