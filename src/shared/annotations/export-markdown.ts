import type { Formatter } from '../i18n/formatter'
import { CATALOGS, LOCALES } from '../i18n/locales'
import type { Library, ProcessedReport } from '../report-model'
import type { Annotation, ColorLabels } from './annotation-model'
import type { Anchor } from './anchoring'
import { citationMarkdown, passagePages, type CitationSource } from './citation'
import { markdownInline, markdownQuote, markdownText } from './markdown-text'
import { unplacedReasonText } from './unplaced-reason'

/** How an export is written: the reader's language and time zone, and which notes were chosen. */
export interface MarkdownExportOptions {
  /** The reader's language: the file's own words, its dates and counts are said with it. */
  t: Formatter
  /** An IANA time zone (`Asia/Almaty`); times are written as local times there. */
  timeZone: string
  /** The chosen notes in words that follow "notes" (notes-filter.ts), or null for all of them. */
  chosen?: string | null
}

/**
 * The user's highlights and notes as a Markdown document, for reading, printing or pasting into
 * a write-up. Grouped by report (in library order) and section (in reading order), highlights
 * in the order they appear in the text; what no longer anchors is listed last in each report
 * under "Unanchored", with its quote, so nothing is lost. Each quote is a block quote ending
 * with its citation (citation.ts), so any one of them can be pasted on its own. Times are local
 * times in `options.timeZone`, which the header names. The file's own words (headings, labels,
 * dates by Intl, the count by ICU plural rules) are in the reader's language, `options.t`; what
 * the reader wrote and what the report says stay as they are. The same input always gives the
 * same bytes: no export time is written.
 *
 * Everything the user or a report supplies goes through markdown-text.ts: a note that says
 * `<img onerror=…>` or `# Not a heading` shows as that text in any Markdown viewer, with a
 * backslash only where a viewer would otherwise read Markdown.
 */
/** The first line of every Markdown export, in each language the app speaks. */
const MARKDOWN_EXPORT_HEADINGS = new Set(
  LOCALES.map((locale) => `# ${CATALOGS[locale].messages['markdown.title']}`)
)

/** Whether a file's first line is a Markdown export's: how an import knows one when given one. */
export function isMarkdownExportHeading(line: string): boolean {
  return MARKDOWN_EXPORT_HEADINGS.has(line.trim())
}

export function exportMarkdown(
  annotations: readonly Annotation[],
  library: Library,
  anchors: ReadonlyMap<string, Anchor>,
  colorLabels: ColorLabels,
  options: MarkdownExportOptions
): string {
  const byReport = new Map<string, Annotation[]>()
  for (const a of annotations) byReport.set(a.reportId, [...(byReport.get(a.reportId) ?? []), a])
  const known = library.reports.filter((r) => byReport.has(r.id))
  const unknown = [...byReport.keys()].filter((id) => !known.some((r) => r.id === id)).sort()
  const { t } = options
  const clock = localClock(t, options.timeZone)
  const context = { anchors, colorLabels, clock: clock.format, t }

  const out: string[] = [`# ${markdownInline(t('markdown.title'), { heading: true })}`]
  if (options.chosen) out.push(markdownText(t('markdown.chosen', { chosen: options.chosen })))
  out.push(markdownText(t('markdown.count', { count: annotations.length })))
  out.push(markdownText(clock.zoneSentence))
  for (const report of known) {
    out.push(...reportBlock(report, byReport.get(report.id) ?? [], context))
  }
  for (const reportId of unknown) {
    out.push(
      `## ${markdownInline(reportId, { heading: true })}`,
      markdownText(t('markdown.unknownReport', { report: reportId }))
    )
    out.push(...unanchoredBlock(byReport.get(reportId) ?? [], null, context))
  }
  return `${out.join('\n\n')}\n`
}

interface ExportContext {
  anchors: ReadonlyMap<string, Anchor>
  colorLabels: ColorLabels
  clock: (iso: string) => string
  t: Formatter
}

function reportBlock(
  report: ProcessedReport,
  annotations: Annotation[],
  context: ExportContext
): string[] {
  const { title, publisher, edition, sourceUrl } = report.metadata
  const out = [
    `## ${markdownInline(title, { heading: true })}`,
    markdownText(context.t('markdown.reportFacts', { publisher, edition, source: sourceUrl }))
  ]
  const paragraphOrder = new Map(
    report.sections.flatMap((s) => s.paragraphs).map((p, i) => [p.id, i])
  )
  const orphans: Annotation[] = []
  const bySection = new Map<string, { annotation: Annotation; order: number[] }[]>()
  for (const annotation of annotations) {
    const anchor = context.anchors.get(annotation.id)
    if (anchor?.status !== 'anchored' || !report.sections.some((s) => s.id === anchor.sectionId)) {
      orphans.push(annotation)
      continue
    }
    // Section notes first, then highlights by paragraph and offset.
    const order =
      anchor.paragraphId === undefined
        ? [-1, 0, 0]
        : [paragraphOrder.get(anchor.paragraphId) ?? 0, anchor.start ?? 0, anchor.end ?? 0]
    const list = bySection.get(anchor.sectionId) ?? []
    list.push({ annotation, order })
    bySection.set(anchor.sectionId, list)
  }
  for (const section of report.sections) {
    const items = bySection.get(section.id)
    if (!items) continue
    out.push(`### ${markdownInline(section.heading, { heading: true })}`)
    items.sort((x, y) => compareNumbers(x.order, y.order) || byTime(x.annotation, y.annotation))
    for (const { annotation } of items) {
      const anchor = context.anchors.get(annotation.id)
      const pages =
        anchor?.status === 'anchored' && anchor.paragraphId
          ? passagePages(report, anchor.paragraphId, anchor.endParagraphId)
          : null
      const source = { metadata: report.metadata, section: section.heading, pages }
      out.push(...itemBlock(annotation, source, context))
    }
  }
  out.push(...unanchoredBlock(orphans, report, context))
  return out
}

/** What could not be placed: quoted with its report's citation (no section), and why. */
function unanchoredBlock(
  orphans: Annotation[],
  report: ProcessedReport | null,
  context: ExportContext
): string[] {
  if (orphans.length === 0) return []
  // A report the app does not have: its heading says so, and nothing can be re-attached.
  const out = report
    ? [
        `### ${markdownInline(context.t('markdown.unanchored'), { heading: true })}`,
        markdownText(context.t('markdown.unanchoredHelp'))
      ]
    : []
  const source = report ? { metadata: report.metadata, withoutEdition: true } : null
  for (const annotation of [...orphans].sort(byTime)) {
    out.push(...itemBlock(annotation, source, context))
  }
  return out
}

/**
 * One highlight or section note: the quote with its citation (without one when the report is
 * not in the app), a line of facts, then the note.
 */
function itemBlock(
  annotation: Annotation,
  source: CitationSource | null,
  { anchors, colorLabels, clock, t }: ExportContext
): string[] {
  const { target, color } = annotation
  const anchor = anchors.get(annotation.id)
  const label = colorLabels[color].trim()
  const facts = [label ? t('markdown.color', { label, color }) : t('markdown.colorId', { color })]
  if (annotation.tags.length > 0) {
    facts.push(t('markdown.tags', { tags: annotation.tags.join(t('markdown.tagSeparator')) }))
  }
  facts.push(t('markdown.created', { time: clock(annotation.createdAt) }))
  if (annotation.updatedAt !== annotation.createdAt) {
    facts.push(t('markdown.updated', { time: clock(annotation.updatedAt) }))
  }
  if (anchor?.status === 'anchored' && anchor.method === 'fuzzy') facts.push(t('markdown.changed'))
  // Notes of a report the app does not have are under a heading that says so.
  if (anchor?.status !== 'anchored' && source) {
    facts.push(anchor ? unplacedReasonText(t, anchor.reason) : t('markdown.notPlaced'))
  }
  if (anchor?.status !== 'anchored' && target.kind === 'section') {
    facts.push(t('markdown.wasOnSection', { section: target.sectionId }))
  }
  const factLine = markdownText(facts.join(' · '))
  const note = annotation.note.trim() ? [markdownText(annotation.note)] : []
  if (target.kind === 'section') {
    return [
      `**${markdownInline(t('markdown.sectionNote'), { emphasis: true })}** · ${factLine}`,
      ...note
    ]
  }
  const quote = target.quote.exact
  return [source ? citationMarkdown(quote, source, t) : markdownQuote(quote), factLine, ...note]
}

/**
 * Local times in a time zone, as the reader's language writes a date and a time ("Jan 2, 2026,
 * 10:30", "2 янв. 2026 г., 10:30"), and the sentence that names the zone. A zone the system does
 * not know (it never comes from anywhere but the reader's own system) gives UTC.
 */
function localClock(
  t: Formatter,
  timeZone: string
): { format: (iso: string) => string; zoneSentence: string } {
  let zone = timeZone
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    zone = 'UTC'
  }
  return {
    format: (iso) => {
      const time = new Date(iso)
      if (Number.isNaN(time.getTime())) return iso
      return t.date(time, {
        timeZone: zone,
        dateStyle: 'medium',
        timeStyle: 'short',
        hourCycle: 'h23'
      })
    },
    zoneSentence: zone === 'UTC' ? t('markdown.timesUtc') : t('markdown.timesIn', { zone })
  }
}

function compareNumbers(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

function byTime(a: Annotation, b: Annotation): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
