import type { Formatter } from '../shared/i18n/formatter'
import { SOURCE_LOCALE } from '../shared/i18n/locales'
import { createTranslator } from '../shared/i18n/translator'
import type { ReportFormat } from '../shared/report-model'

/**
 * How much of a trainer's file the build reads, one place for all of them. Each limit is far above
 * what real documents need (measured on the bundled report, the test fixtures, large real
 * READMEs and changelogs, 130 saved pages and 977 PDFs of public test suites: see README, "Limits
 * on a source file") and far below what makes the build hang, crash or fill the memory. A file
 * past a limit stops the build with one line that names the file, what is too big or too deep,
 * and what to do; nothing is written.
 */

/** Sizes are in decimal units, as a file manager shows them on most systems: 1 MB = 1,000,000 bytes. */
const KB = 1000
const MB = 1000 * KB

/** Sizes in the lines the build still says in English. */
const ENGLISH = createTranslator(SOURCE_LOCALE)

export const SOURCE_LIMITS = {
  /** Bytes of a report file, by format (read from the open file, checked before reading). */
  reportBytes: {
    text: 20 * MB,
    markdown: 5 * MB,
    html: 15 * MB,
    pdf: 200 * MB,
    docx: 100 * MB,
    epub: 100 * MB
  } satisfies Record<ReportFormat, number>,
  /** Bytes of `<id>.meta.json`, `edition.json` and `glossary.json`. */
  sidecarBytes: 64 * KB,
  editionBytes: 1 * MB,
  glossaryBytes: 4 * MB,
  /** Terms in `glossary.json`. */
  glossaryTerms: 20_000,

  /** Markdown: lists and block quotes inside one another (a line's markers, and its indentation / 2). */
  markdownNesting: 100,
  /** Markdown: runs of `*`, `_` or `~` in one paragraph (matching them up costs their number squared). */
  markdownEmphasisRuns: 10_000,
  /**
   * Markdown: backtick runs of different lengths in one paragraph, times its length (each length
   * that finds no partner is looked for to the paragraph's end).
   */
  markdownCodeSpanWork: 50_000_000,
  /** Markdown: footnote definitions, and references to footnotes. */
  markdownFootnotes: 5_000,
  markdownFootnoteReferences: 20_000,
  /** Markdown: table cells in the whole file. */
  markdownTableCells: 100_000,

  /** HTML (a saved page, or HTML in Markdown): elements inside one another, and elements in all. */
  htmlDepth: 256,
  htmlElements: 250_000,

  /**
   * PDF: pages, the reader's memory (its whole process), and time: to open the document (before
   * its first page), for each page, and in all.
   */
  pdfPages: 3_000,
  pdfMemoryBytes: 1500 * MB,
  pdfOpenSeconds: 2 * 60,
  pdfPageSeconds: 60,
  pdfSeconds: 15 * 60,
  /** PDF: what the reader writes (the text layer, with each run's place and type). */
  pdfTextBytes: 500 * MB,

  /** Reading any one file's structure (after the checks above), in a worker of its own. */
  parseSeconds: 3 * 60,
  parseMemoryBytes: 3000 * MB
} as const

/**
 * "640 KB", "5.0 MB", "52 MB", "1.5 GB": a size in the units people read, in the words of `say`
 * (build.size: "5,0 МБ" in Russian). English by default, for the lines still said in English.
 */
export function megabytes(bytes: number, say: Formatter = ENGLISH): string {
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 }
  const size = (unit: string, amount: string) => say('build.size', { unit, amount })
  if (bytes < MB) return size('kilobytes', say.number(Math.max(1, Math.round(bytes / KB))))
  if (bytes >= 1000 * MB) return size('gigabytes', say.number(bytes / (1000 * MB), oneDecimal))
  const mb = bytes / MB
  return size('megabytes', mb < 10 ? say.number(mb, oneDecimal) : say.number(Math.round(mb)))
}

/** 10,000 */
export function count(n: number): string {
  return n.toLocaleString('en-US')
}

/**
 * A file past one of these limits, found while a parser reads it (HTML in a Markdown report):
 * its message is the plain line the trainer reads.
 */
export class SourceLimitError extends Error {
  override name = 'SourceLimitError'
}
