import { say } from './build-words'
import { pagesNamed, pagesSaid } from './pdf-pages-named'
import type { MessageId } from '../shared/i18n/catalog-types'
import { droppedLines, NO_CHROME_CONTEXT, shortQuote, type ChromeContext } from './page-chrome'
import { dropPageChrome } from './pdf-page-chrome'
import type { BuildNotice, ParsedReport } from './parsed-section'
import { layoutBlocks, type PdfBlock } from './pdf-blocks'
import { withCodeBlocks } from './pdf-code'
import { readingOrder } from './pdf-columns'
import { dropContents } from './pdf-contents'
import { findFootnotes, type PdfNote } from './pdf-footnotes'
import { vocabularyOf } from './pdf-join'
import { linesOf, plainText, type PdfLine } from './pdf-lines'
import { pdfSections } from './pdf-sections'
import { dropRunningChrome } from './pdf-running-chrome'
import { findTables } from './pdf-tables'
import { taggedBlocks } from './pdf-tagged'
import type { PdfShape, PdfTextLayer } from './pdf-text-layer'
import { framesOf, textTypes } from './pdf-text-types'

/**
 * A PDF with a text layer (`.pdf`), from what pdf.js found on its pages
 * (pdf-text-layer-reader.ts): runs of text with their places and type, small shapes and rules,
 * and a tagged PDF's structure tree.
 *
 * A tagged PDF (Word and LibreOffice write tags when asked, browsers by default) is read through
 * its tags (pdf-tagged.ts). Any other is read from its layout:
 * 1. Each page is read a column at a time (pdf-columns.ts); runs on one baseline make a line,
 *    with a footnote's raised reference in it (pdf-lines.ts).
 * 2. Running heads and feet, page numbers and a browser's date, title, address and page count
 *    are dropped (pdf-running-chrome.ts).
 * 3. Footnotes at the foot of a page or column are taken out of the text (pdf-footnotes.ts),
 *    tables found (pdf-tables.ts), and the lines grouped into headings, paragraphs, list items
 *    and quotes (pdf-blocks.ts).
 * Then, either way: the document's own table of contents is dropped (pdf-contents.ts), the page
 * chrome rules (page-chrome.ts) see the lines as plain text would, text set wholly in monospaced
 * type becomes code blocks (pdf-code.ts), footnotes gathered at the end
 * of a web page's print are found, and the blocks become sections (pdf-sections.ts), the
 * footnotes the blocks of a last section as Markdown's are. Every block keeps the page it starts
 * on (`page`), for citations. Where a page's order or structure is uncertain, a warning names it.
 */
export function parsePdf(source: string, context: ChromeContext = NO_CHROME_CONTEXT): ParsedReport {
  const layer = JSON.parse(source) as PdfTextLayer
  const notices: BuildNotice[] = []
  const warn = (message: string) => notices.push({ kind: 'warning', message })
  const blank = layer.pages.flatMap((page, i) => (page.runs.length === 0 ? [i + 1] : []))
  if (blank.length > 0 && blank.length < layer.pages.length) {
    warn(
      `${pagesNamed(blank)} of the PDF ${blank.length === 1 ? 'has' : 'have'} no text ` +
        '(scanned pictures of pages, or pictures only): what they show is not in the app'
    )
  }
  const shapesOn = (page: number): readonly PdfShape[] => layer.pages[page - 1]?.shapes ?? []
  const layout = readLayout(layer)
  const types = textTypes(layout.lines)
  const tagged = taggedBlocks(layer, types.body.size)

  let blocks: PdfBlock[]
  let notes: PdfNote[]
  // What a PDF marks as an artifact is not its text, tagged or not: a browser marks its heads and
  // feet so even in a PDF without a structure tree.
  dropped(notices, 'build.dropped.artifacts', layout.artifacts)
  if (tagged) {
    blocks = tagged.blocks
    notes = tagged.notes
    if (tagged.contents.length > 0) dropped(notices, 'build.dropped.pdfContents', tagged.contents)
    if (tagged.untagged.length > 0) {
      warn(
        `${pagesNamed(tagged.untagged)}: some text is outside the PDF's tags; it was read where it stands, ` +
          'after the tagged text of its page. Check the order there against the PDF'
      )
    }
  } else {
    const running = dropRunningChrome(
      layout.lines,
      layer.pages.map((page) => page.height),
      { ...types.body, isHeading: (line) => types.rankOf(line) !== null }
    )
    notices.push(...running.notices)
    const foot = findFootnotes(running.kept, {
      heights: layer.pages.map((page) => page.height),
      shapesOn,
      size: types.body.size
    })
    const tables = findTables(foot.body, shapesOn, types.body.size)
    const frames = framesOf(layout.groups, types.body.size)
    blocks = layoutBlocks(tables.items, { types, frames, shapesOn })
    notes = foot.notes
    if (layout.uncertain.length > 0) {
      // Two blocks side by side, columns or a table (pdf-columns.ts): the one doubt it has.
      warn(
        say('build.pdf.uncertainOrder', {
          count: layout.uncertain.length,
          pages: pagesSaid(layout.uncertain.map((u) => u.page))
        })
      )
    }
    if (tables.doubtful.length > 0) {
      warn(say('build.pdf.doubtfulTable', { pages: pagesSaid(tables.doubtful) }))
    }
  }
  const contents = dropContents(blocks)
  if (contents.dropped.length > 0) dropped(notices, 'build.dropped.pdfContents', contents.dropped)
  const chrome = dropPageChrome(contents.kept, context)
  notices.push(...chrome.notices)
  const vocabulary = vocabularyOf(
    layout.lines.map((line) => plainText(line.text)),
    layer.pages.some((page) => page.runs.some((run) => /\u00AD\s*\S/u.test(run.text)))
  )
  const report = pdfSections(withCodeBlocks(chrome.kept, tagged !== null), notes, vocabulary)
  notices.push(...report.notices)
  return { sections: report.sections, notices }
}

interface LayoutReading {
  /** Every page's lines, in reading order. */
  lines: PdfLine[]
  /** The same lines in groups: a column of a band, or a line across columns. */
  groups: PdfLine[][]
  /** Pages whose order is uncertain, and why. */
  uncertain: { page: number; why: string }[]
  /** The lines of what the PDF marks as artifacts (running heads and feet), left out. */
  artifacts: string[]
}

/** The lines of every page, a column at a time, with what the PDF marks as artifacts left out. */
function readLayout(layer: PdfTextLayer): LayoutReading {
  const reading: LayoutReading = { lines: [], groups: [], uncertain: [], artifacts: [] }
  layer.pages.forEach((page, index) => {
    const artifacts = page.runs.filter((run) => run.artifact)
    reading.artifacts.push(...linesOf(artifacts, index + 1).map((line) => line.text))
    const order = readingOrder(page.runs.filter((run) => !run.artifact))
    if (order.uncertain) reading.uncertain.push({ page: index + 1, why: order.uncertain })
    for (const group of order.groups) {
      const lines = linesOf(group, index + 1, page.shapes)
      reading.groups.push(lines)
      reading.lines.push(...lines)
    }
  })
  return reading
}

function dropped(notices: BuildNotice[], what: MessageId, lines: readonly string[]): void {
  if (lines.length > 0)
    notices.push(droppedLines(what, lines, shortQuote(plainText(lines[0] ?? ''))))
}
