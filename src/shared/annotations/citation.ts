import type { Formatter } from '../i18n/formatter'
import type { ProcessedReport, ReportMetadata } from '../report-model'
import { markdownInline, markdownText, quoteLines } from './markdown-text'

/**
 * A passage with where it comes from, to paste into a write-up: the quote, then the report's
 * title, the section, the publisher, the edition and the source address. Two forms:
 *
 * Plain text, one paragraph:
 *   “…quote…” — Report Title, section “Section”. Publisher, 2021 edition. https://…
 *
 * Markdown, a block quote with the citation as its last line (the title in italics, the
 * address as a link; all text escaped so that it shows as written):
 *   > …quote…
 *   >
 *   > — *Report Title*, section “Section”. Publisher, 2021 edition. <https://…>
 *
 * The edition is the report's label ("2021" → "2021 edition"; a label that already says
 * "edition" is kept as it is). Without a section (a passage no longer found in this edition),
 * the section part is left out. A report with pages (a PDF) adds the passage's page after the
 * section, "p. 12", or its pages, "pp. 12–13". No trailing full stop after the address, so
 * pasting it never breaks the link.
 *
 * The citation's own words ("section", "p.", "edition", the quotation marks) are in the reader's
 * language (`t`); the title, publisher and edition label are the report's, as they are.
 */
export interface CitationSource {
  metadata: ReportMetadata
  /**
   * The heading of the section the passage is in, when it is placed in one; or the headings of
   * every section a passage over several runs through, in order (named "sections “A” and “B”").
   */
  section?: string | readonly string[] | null
  /** Leave the edition out: the passage is from an earlier edition than this one. */
  withoutEdition?: boolean
  /** The pages the passage is on, for a report with pages (see passagePages). */
  pages?: PageRange | null
}

/** The first and last page of a passage (the same for a passage on one page). */
export interface PageRange {
  first: number
  last: number
}

/**
 * The pages a passage from one block to another is on: from the page its first block starts on
 * to the page its last block starts on. Null when the report has no pages (only PDFs do) or the
 * blocks are not in it.
 */
export function passagePages(
  report: Pick<ProcessedReport, 'sections'>,
  paragraphId: string,
  endParagraphId: string = paragraphId
): PageRange | null {
  let first: number | undefined
  let last: number | undefined
  for (const section of report.sections) {
    for (const paragraph of section.paragraphs) {
      if (paragraph.id === paragraphId) first = paragraph.page
      if (paragraph.id === endParagraphId) last = paragraph.page
    }
  }
  if (first === undefined) return null
  return { first, last: last !== undefined && last > first ? last : first }
}

/**
 * The headings of the sections a passage from one block to another runs through, in order: one
 * for a passage in one section. Empty when the blocks are not in the report.
 */
export function sectionHeadings(
  report: Pick<ProcessedReport, 'sections'>,
  paragraphId: string,
  endParagraphId: string = paragraphId
): string[] {
  const holds = (id: string) => (s: ProcessedReport['sections'][number]) =>
    s.paragraphs.some((p) => p.id === id)
  const first = report.sections.findIndex(holds(paragraphId))
  const last = report.sections.findIndex(holds(endParagraphId))
  if (first < 0 || last < first) return []
  return report.sections.slice(first, last + 1).map((s) => s.heading)
}

export function citationPlain(quote: string, source: CitationSource, t: Formatter): string {
  return t('cite.plain', {
    quote: quote.replace(/\s+/g, ' ').trim(),
    citation: citationParts(source, t).join('')
  })
}

export function citationMarkdown(quote: string, source: CitationSource, t: Formatter): string {
  return `${quoteLines(markdownText(quote))}\n>\n> ${citationLineMarkdown(source, t)}`
}

/** `— *Title*, section “Section”. Publisher, 2021 edition. <https://…>` */
export function citationLineMarkdown(source: CitationSource, t: Formatter): string {
  const [title = '', ...rest] = citationParts(source, t)
  // The title in emphasis, every `*` in it escaped; the rest escaped as one piece, so that
  // nothing in the section can pair with something in the publisher.
  return `— *${markdownInline(title, { emphasis: true })}*${markdownInline(rest.join(''))}`
}

/** `section “A”`, or `sections “A”, “B” and “C”` for a passage over several; else empty. */
function sectionPart(section: CitationSource['section'], t: Formatter): string {
  const headings = (typeof section === 'string' ? [section] : (section ?? []))
    .map((heading) => t('cite.quoted', { heading: heading.trim() }))
    .filter((heading, i, all) => all.indexOf(heading) === i)
  if (headings.length === 0) return ''
  return t('cite.section', { count: headings.length, headings: t.list(headings) })
}

/** The title, then the rest of the citation with its punctuation, as plain text. */
function citationParts(
  { metadata, section, withoutEdition, pages }: CitationSource,
  t: Formatter
): string[] {
  const { title, publisher, edition, sourceUrl } = metadata
  const comma = t('cite.comma')
  const page = !pages
    ? ''
    : pages.last > pages.first
      ? t('cite.pages', { first: String(pages.first), last: String(pages.last) })
      : t('cite.page', { page: String(pages.first) })
  const place = [sectionPart(section, t), page].filter(Boolean).map((part) => comma + part)
  // A label that already names itself an edition ("Second edition") is kept as it is.
  const label = /edition/i.test(edition)
    ? edition.trim()
    : t('cite.edition', { edition: edition.trim() })
  const by = withoutEdition ? publisher.trim() : `${publisher.trim()}${comma}${label}`
  return [title.trim(), `${place.join('')}. ${by}. ${sourceUrl.trim()}`]
}
