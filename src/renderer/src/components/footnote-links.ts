import type { Formatter } from '../../../shared/i18n/formatter'
import type { Paragraph, ProcessedReport } from '../../../shared/report-model'
import type { TextLink } from './Marked'

/**
 * The links between a report's footnote references and its footnotes: each reference ("[1]")
 * leads to its footnote's block, and each footnote leads back to its first reference. A
 * reference's own id is its block's id, a dot and its place among the block's references: a dot
 * is never in a section or block id (slugs), so the two can never be the same.
 */
export function footnoteLinks(
  report: ProcessedReport,
  t: Formatter
): {
  linksOf(paragraph: Paragraph): TextLink[]
  backOf(label: string): string | undefined
} {
  const footnoteOf = new Map<string, string>()
  const firstReference = new Map<string, string>()
  const paragraphs = report.sections.flatMap((s) => s.paragraphs)
  for (const paragraph of paragraphs) {
    if (paragraph.block?.kind === 'footnote') footnoteOf.set(paragraph.block.label, paragraph.id)
  }
  const links = new Map<string, TextLink[]>()
  for (const paragraph of paragraphs) {
    const refs = (paragraph.footnoteRefs ?? []).flatMap(({ start, end, label }, i) => {
      const target = footnoteOf.get(label)
      if (!target) return []
      const id = `${paragraph.id}.ref${i + 1}`
      if (!firstReference.has(label)) firstReference.set(label, id)
      return [{ start, end, target, id, label: t('blocks.footnote', { label }) }]
    })
    if (refs.length > 0) links.set(paragraph.id, refs)
  }
  return {
    linksOf: (paragraph) => links.get(paragraph.id) ?? [],
    backOf: (label) => firstReference.get(label)
  }
}
