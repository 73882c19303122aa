import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync, constants as zlib } from 'node:zlib'
import { SOURCE_LIMITS } from '../../src/content/source-limits'
import { makeTestPdf, type TestPdfPage } from '../../src/content/test-pdf'
import { PROJECT_ROOT, sampleMetadata } from '../../src/content/test-support'

/**
 * The hostile and huge report sources of issue 16 (§ "Hostile sources hang or crash the content
 * build"), written as a content folder each: what an attacker, or an unlucky export, hands the
 * content build, the `diff` and `glossary` commands. scripts/bench-hostile.ts runs every command
 * on each and prints the time, memory and line it ends with; the bounds tests
 * (src/content/source-bounds.test.ts) build the same inputs.
 *
 * Each case writes `<dir>/report.<ext>` (and its sidecar), so `npm run -s build:content --
 * --content <dir>` reads it, `npm run -s diff -- <dir>/report.<ext> <dir>/report.<ext>` compares
 * it, and `npm run -s glossary -- --content <dir>` lists it.
 */

export interface HostileCase {
  name: string
  /** What it is, for the table: `- ` × 10,000 (20 KB). */
  what: string
  /** The report file written, inside the case's folder. */
  file: string
  write: (dir: string) => Promise<void> | void
}

const HEADING = '# A hostile report\n\nIts first paragraph.\n\n'

function report(dir: string, file: string, text: string | Buffer): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, file), text)
  writeFileSync(
    join(dir, `${file.slice(0, file.lastIndexOf('.'))}.meta.json`),
    JSON.stringify(sampleMetadata('A hostile report'))
  )
}

const markdown = (name: string, what: string, text: () => string): HostileCase => ({
  name,
  what,
  file: 'report.md',
  write: (dir) => report(dir, 'report.md', HEADING + text())
})

const html = (name: string, what: string, text: () => string): HostileCase => ({
  name,
  what,
  file: 'report.html',
  write: (dir) => report(dir, 'report.html', text())
})

/** Backtick runs of every length from 1 to `longest` (4.5 MB at 3,000), none closed. */
export function backtickRuns(longest: number): string {
  const runs: string[] = []
  for (let n = 1; n <= longest; n++) runs.push('`'.repeat(n))
  return runs.join(' ')
}

/** `count` footnote references in one paragraph each, and their definitions. */
export function manyFootnotes(count: number): string {
  const lines: string[] = []
  for (let n = 1; n <= count; n++) lines.push(`Text with a note.[^${n}]`, '')
  for (let n = 1; n <= count; n++) lines.push(`[^${n}]: Footnote ${n}.`, '')
  return lines.join('\n')
}

/** A GFM table of about `bytes` bytes: a header row and rows of ten cells. */
export function hugeTable(bytes: number): string {
  const header = `| ${Array.from({ length: 10 }, (_, i) => `Column ${i + 1}`).join(' | ')} |\n`
  const rule = `|${' --- |'.repeat(10)}\n`
  const row = `| ${Array.from({ length: 10 }, (_, i) => `cell ${i}`).join(' | ')} |\n`
  return header + rule + row.repeat(Math.ceil(bytes / row.length))
}

/** A saved page whose body is `depth` elements `tag`, each inside the one before. */
export function nestedPage(tag: string, depth: number): string {
  return (
    '<!DOCTYPE html><html><head><title>Nested</title></head><body><h2>Overview</h2>' +
    `${`<${tag}>`.repeat(depth)}Deep text.${`</${tag}>`.repeat(depth)}</body></html>\n`
  )
}

/** A saved page of about `bytes` bytes of ordinary paragraphs under headings. */
export function hugePage(bytes: number): string {
  const paragraph =
    '<p>Officials said the border agency expanded its counterterrorism training programme this year, with partners.</p>\n'
  const section = `<h2>Section</h2>\n${paragraph.repeat(50)}`
  return `<!DOCTYPE html><html><head><title>Huge</title></head><body>\n${section.repeat(
    Math.ceil(bytes / section.length)
  )}</body></html>\n`
}

/** A valid PDF of `pages` pages, each a heading and a line of text. */
export function manyPagePdf(pages: number): Buffer {
  const page = (n: number): TestPdfPage => [
    { text: `Part ${n}`, y: 80, bold: true, size: 14 },
    { text: `The text of part ${n}, one line of it.`, y: 110 }
  ]
  return makeTestPdf(Array.from({ length: pages }, (_, i) => page(i + 1)))
}

/**
 * A flate bomb: a valid one-page PDF whose content stream inflates to `inflatedBytes` of spaces
 * (a content stream may hold any amount of white space) from a thousandth of that. Made without
 * holding the inflated bytes: 16 MB of spaces compressed once as a block that ends in a full
 * flush (so it stands alone), repeated, then an empty last block.
 */
export function flateBombPdf(inflatedBytes: number): Buffer {
  const chunkBytes = 16 * 1024 * 1024
  const compressed = deflateSync(Buffer.alloc(chunkBytes, 0x20), {
    level: 9,
    finishFlush: zlib.Z_FULL_FLUSH
  })
  const [header, block] = [compressed.subarray(0, 2), compressed.subarray(2)]
  const blocks = Math.ceil(inflatedBytes / chunkBytes)
  // An empty stored block marked last, and the Adler-32 of the inflated bytes.
  const end = Buffer.alloc(9)
  end.set([0x01, 0x00, 0x00, 0xff, 0xff])
  end.writeUInt32BE(adler32OfRepeatedByte(0x20, blocks * chunkBytes), 5)
  const content = Buffer.concat([header, ...Array.from({ length: blocks }, () => block), end])
  const head = Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ' +
      '/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n' +
      `4 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`,
    'latin1'
  )
  const tail = Buffer.from(
    '\nendstream\nendobj\n' +
      '5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n' +
      'trailer\n<< /Size 6 /Root 1 0 R >>\n%%EOF\n',
    'latin1'
  )
  return Buffer.concat([head, content, tail])
}

/** Adler-32 of `count` bytes all equal to `byte` (RFC 1950), without the bytes. */
function adler32OfRepeatedByte(byte: number, count: number): number {
  const mod = 65521n
  const n = BigInt(count)
  const a = (1n + BigInt(byte) * n) % mod
  // b sums a after each byte: n·1 + byte·(1 + 2 + … + n).
  const b = (n + (BigInt(byte) * n * (n + 1n)) / 2n) % mod
  return Number((b << 16n) | a)
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  markdown('md-nested-lists', '`- ` × 10,000 (20 KB)', () => `${'- '.repeat(10_000)}a\n`),
  markdown('md-nested-quotes', '`> ` × 10,000 (20 KB)', () => `${'> '.repeat(10_000)}a\n`),
  markdown('md-emphasis-16k', '`*a` + `**a` × 16,000 (48 KB)', () => `*a${'**a'.repeat(16_000)}\n`),
  markdown('md-emphasis-32k', '`*a` + `**a` × 32,000 (96 KB)', () => `*a${'**a'.repeat(32_000)}\n`),
  markdown(
    'md-emphasis-50k',
    '`*a` + `**a` × 50,000 (150 KB)',
    () => `*a${'**a'.repeat(50_000)}\n`
  ),
  markdown(
    'md-backticks',
    'backtick runs of 1 to 3,000 (4.5 MB)',
    () => `${backtickRuns(3_000)}\n`
  ),
  markdown('md-footnotes', '50,000 footnotes (1.3 MB)', () => manyFootnotes(50_000)),
  markdown('md-table', 'a 22 MB table (2.7 million cells)', () => hugeTable(22_000_000)),
  markdown(
    'md-nested-divs',
    '100,000 nested `<div>` in Markdown (500 KB)',
    () => `${'<div>'.repeat(100_000)}\n`
  ),
  html('html-nested-divs', 'a saved page, 100,000 nested `<div>` (1.1 MB)', () =>
    nestedPage('div', 100_000)
  ),
  html('html-nested-bold', 'a saved page, 100,000 nested `<b>` (0.7 MB)', () =>
    nestedPage('b', 100_000)
  ),
  html('html-50mb', 'a saved page of 50 MB', () => hugePage(50_000_000)),
  {
    name: 'pdf-20000-pages',
    what: 'a valid PDF of 20,000 pages (9 MB)',
    file: 'report.pdf',
    write: (dir) => report(dir, 'report.pdf', manyPagePdf(20_000))
  },
  {
    name: 'pdf-flate-bomb',
    what: 'a flate bomb PDF: 4 MB inflating to 4 GB',
    file: 'report.pdf',
    write: (dir) => report(dir, 'report.pdf', flateBombPdf(4 * 1024 ** 3))
  }
]

const limits = SOURCE_LIMITS

/**
 * Inputs just within the limits, which the build reads: what the limits let through costs this
 * much at most (the bench runs them with `--at-limit`).
 */
export const AT_LIMIT_CASES: readonly HostileCase[] = [
  markdown(
    'at-limit-nesting',
    `lists nested ${limits.markdownNesting} deep`,
    () => `${'- '.repeat(limits.markdownNesting)}a\n`
  ),
  markdown(
    'at-limit-emphasis',
    `${limits.markdownEmphasisRuns.toLocaleString('en-US')} runs of * in one paragraph`,
    () => `*a${'**a'.repeat(limits.markdownEmphasisRuns - 1)}\n`
  ),
  markdown(
    'at-limit-footnotes',
    `${limits.markdownFootnotes.toLocaleString('en-US')} footnotes`,
    () => manyFootnotes(limits.markdownFootnotes)
  ),
  markdown(
    'at-limit-table',
    `a table of ${limits.markdownTableCells.toLocaleString('en-US')} cells`,
    () => hugeTable(Math.floor(limits.markdownTableCells / 11) * 81)
  ),
  markdown('at-limit-size', 'this README repeated to 5 MB of real Markdown', () => {
    const readme = readFileSync(`${PROJECT_ROOT}/README.md`, 'utf8')
    return readme.repeat(
      Math.floor((limits.reportBytes.markdown - 1000) / Buffer.byteLength(readme))
    )
  }),
  html('at-limit-html-depth', `a saved page nested ${limits.htmlDepth} deep`, () =>
    nestedPage('div', limits.htmlDepth - 2)
  ),
  {
    name: 'at-limit-pdf-pages',
    what: `a valid PDF of ${limits.pdfPages.toLocaleString('en-US')} pages`,
    file: 'report.pdf',
    write: (dir) => report(dir, 'report.pdf', manyPagePdf(limits.pdfPages))
  }
]
