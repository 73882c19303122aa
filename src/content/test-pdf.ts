/**
 * Small PDFs for tests, made here rather than kept as binary fixtures: pages of text lines in
 * Helvetica and Helvetica-Bold (fonts every PDF reader knows, so none is embedded), at the sizes
 * and places a test gives, or a page with a picture and no text, as a scanner makes.
 */

export interface TestPdfLine {
  text: string
  /** Baseline, in points from the top of the page. */
  y: number
  x?: number
  size?: number
  bold?: boolean
}

/** A page: its lines, or 'scanned' for a page that is a picture without any text. */
export type TestPdfPage = readonly TestPdfLine[] | 'scanned'

const PAGE_WIDTH = 612
const PAGE_HEIGHT = 792

/** Characters outside ASCII that tests use, as WinAnsiEncoding codes. */
const WIN_ANSI: Readonly<Record<string, number>> = {
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '\u00AD': 0xad
}

export function makeTestPdf(pages: readonly TestPdfPage[]): Buffer {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const pageTree = add('')
  const regular = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
  )
  const bold = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
  )
  // A 2×2 grey picture: what a scanned page has instead of text.
  const picture = add(
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x40\x40\x80\nendstream'
  )
  const kids = pages.map((page) => {
    const content =
      page === 'scanned'
        ? `q ${PAGE_WIDTH} 0 0 ${PAGE_HEIGHT} 0 0 cm /Im1 Do Q`
        : page
            .map(
              (line) =>
                `BT /${line.bold ? 'F2' : 'F1'} ${line.size ?? 11} Tf 1 0 0 1 ${line.x ?? 72} ${PAGE_HEIGHT - line.y} Tm (${escape(line.text)}) Tj ET`
            )
            .join('\n')
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> /XObject << /Im1 ${picture} 0 R >> >> ` +
        `/Contents ${stream} 0 R >>`
    )
  })
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`

  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const offset = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

/** A string of a PDF content stream, in WinAnsiEncoding. */
function escape(text: string): string {
  return [...text]
    .map((char) => {
      const code = WIN_ANSI[char]
      if (code !== undefined) return String.fromCharCode(code)
      if (char.charCodeAt(0) > 0x7e) throw new Error(`makeTestPdf: no code for "${char}"`)
      return char === '(' || char === ')' || char === '\\' ? `\\${char}` : char
    })
    .join('')
}
