import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PdfExtraction, PdfPageText } from './pdf-text-layer'

/**
 * Reads a PDF's text layer with pdf.js and writes it to stdout as JSON (a PdfExtraction). Run by
 * read-pdf.ts in a process of its own — `node pdf-text-layer-reader.ts < report.pdf` — because
 * pdf.js only answers asynchronously and the build is synchronous; the separate process also
 * keeps a hostile or huge PDF's memory out of the build's, and runs under Node's permission
 * model (see read-pdf.ts).
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

const input = new Uint8Array(readFileSync(0))
const result = await extract(input).catch((): PdfExtraction => ({
  problem: 'not a PDF file that can be read (reading it failed)'
}))
process.stdout.write(JSON.stringify(result))
