import type { Library, ProcessedReport } from '../report-model'
import type { Annotation, ColorLabels } from './annotation-model'
import type { Anchor } from './anchoring'

/**
 * The user's highlights and notes as a Markdown document, for reading, printing or pasting into
 * a write-up. Grouped by report (in library order) and section (in reading order), highlights
 * in the order they appear in the text; what no longer anchors is listed last in each report
 * under "Unanchored", with its quote, so nothing is lost. The same input always gives the same
 * bytes: no export time is written.
 *
 * Everything the user or a report supplies is escaped (see escapeMarkdown): a note that says
 * `<img onerror=…>` shows as that text in any Markdown viewer, never as HTML.
 */
export function exportMarkdown(
  annotations: readonly Annotation[],
  library: Library,
  anchors: ReadonlyMap<string, Anchor>,
  colorLabels: ColorLabels
): string {
  const byReport = new Map<string, Annotation[]>()
  for (const a of annotations) byReport.set(a.reportId, [...(byReport.get(a.reportId) ?? []), a])
  const known = library.reports.filter((r) => byReport.has(r.id))
  const unknown = [...byReport.keys()].filter((id) => !known.some((r) => r.id === id)).sort()

  const out: string[] = ['# Highlights and notes']
  for (const report of known) {
    out.push(...reportBlock(report, byReport.get(report.id) ?? [], anchors, colorLabels))
  }
  for (const reportId of unknown) {
    out.push(`## ${escapeMarkdown(reportId)}`, 'This report is not in the library.')
    out.push(...unanchoredBlock(byReport.get(reportId) ?? [], anchors, colorLabels))
  }
  return `${out.join('\n\n')}\n`
}

function reportBlock(
  report: ProcessedReport,
  annotations: Annotation[],
  anchors: ReadonlyMap<string, Anchor>,
  colorLabels: ColorLabels
): string[] {
  const { title, publisher, edition, sourceUrl } = report.metadata
  const out = [
    `## ${escapeMarkdown(title)}`,
    escapeMarkdown(`${publisher} · Edition ${edition} · Source: ${sourceUrl}`)
  ]
  const paragraphOrder = new Map(
    report.sections.flatMap((s) => s.paragraphs).map((p, i) => [p.id, i])
  )
  const orphans: Annotation[] = []
  const bySection = new Map<string, { annotation: Annotation; order: number[] }[]>()
  for (const annotation of annotations) {
    const anchor = anchors.get(annotation.id)
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
    out.push(`### ${escapeMarkdown(section.heading)}`)
    items.sort((x, y) => compareNumbers(x.order, y.order) || byTime(x.annotation, y.annotation))
    for (const { annotation } of items) {
      out.push(...itemBlock(annotation, anchors.get(annotation.id), colorLabels))
    }
  }
  out.push(...unanchoredBlock(orphans, anchors, colorLabels))
  return out
}

function unanchoredBlock(
  orphans: Annotation[],
  anchors: ReadonlyMap<string, Anchor>,
  colorLabels: ColorLabels
): string[] {
  if (orphans.length === 0) return []
  const out = [
    '### Unanchored',
    'Not found in the current edition of the report. Re-attach or delete them in the app.'
  ]
  for (const annotation of [...orphans].sort(byTime)) {
    out.push(...itemBlock(annotation, anchors.get(annotation.id), colorLabels))
  }
  return out
}

/** One highlight or section note: the quote, a line of facts, then the note. */
function itemBlock(annotation: Annotation, anchor: Anchor | undefined, labels: ColorLabels) {
  const { target } = annotation
  const label = labels[annotation.color].trim()
  const facts = [`Colour: ${label ? `${label} (${annotation.color})` : annotation.color}`]
  if (annotation.tags.length > 0) facts.push(`Tags: ${annotation.tags.join(', ')}`)
  facts.push(`Created ${formatTime(annotation.createdAt)}`)
  if (annotation.updatedAt !== annotation.createdAt) {
    facts.push(`updated ${formatTime(annotation.updatedAt)}`)
  }
  if (anchor?.status === 'anchored' && anchor.method === 'fuzzy') {
    facts.push('the text here has changed since it was highlighted')
  }
  if (anchor?.status !== 'anchored') {
    facts.push(anchor?.reason ?? 'It could not be placed in the report.')
    if (target.kind === 'section') facts.push(`was on the section “${target.sectionId}”`)
  }
  const factLine = facts.map(escapeMarkdown).join(' · ')
  return [
    target.kind === 'text' ? blockquote(target.quote.exact) : `**Section note** · ${factLine}`,
    ...(target.kind === 'text' ? [factLine] : []),
    ...(annotation.note.trim() ? [escapeMarkdown(annotation.note)] : [])
  ]
}

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
}

/**
 * Escapes plain text so that Markdown renders exactly the characters typed: `&`, `<` and `>`
 * become entities (no HTML, no autolinks, no blockquotes), inline syntax (emphasis, code, links,
 * tables, strikethrough) is backslash-escaped, and so are line starts that would make a heading,
 * list or rule. Leading indentation is dropped because four spaces would start a code block,
 * where entities show raw. Line breaks are kept as hard breaks; blank lines as paragraph breaks.
 */
export function escapeMarkdown(text: string): string {
  const paragraphs: string[][] = [[]]
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim()
    if (!line) {
      if ((paragraphs.at(-1) ?? []).length > 0) paragraphs.push([])
      continue
    }
    paragraphs.at(-1)?.push(escapeLine(line))
  }
  return paragraphs
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('  \n'))
    .join('\n\n')
}

function escapeLine(line: string): string {
  const escaped = line
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
  return escaped.replace(/^[#+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2')
}

/** `2026-01-02 09:30 UTC`: readable and the same on every machine, whatever its time zone. */
function formatTime(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return iso
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`
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
