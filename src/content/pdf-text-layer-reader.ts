import { readFileSync, writeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PdfExtraction, PdfPageText } from './pdf-text-layer'

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
    const [left, bottom, right, top] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    // Loads the page's fonts, whose names and weights tell bold type from regular.
    await page.getOperatorList()
    const runs: PdfPageText['runs'] = []
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue
      const [a, b, , , e, f] = item.transform as number[]
      runs.push({
        text: item.str,
        x: round((e ?? 0) - left),
        y: round(top - (f ?? 0)),
        width: round(item.width),
        size: round(Math.hypot(a ?? 0, b ?? 0)),
        bold: isBold(page.commonObjs, item.fontName)
      })
    }
    pages.push({ width: round(right - left), height: round(top - bottom), runs })
    page.cleanup()
    writeLine({ page: number })
  }
  await loading.destroy()
  return { layer: { pages } }
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
