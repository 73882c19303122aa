import type { AnnotationView } from '../../../shared/ipc-contract'
import type { ProcessedReport } from '../../../shared/report-model'
import type { ReportHits } from '../../../shared/search/search-types'

/**
 * Element ids in the comparison's columns. Reports that share a section share its paragraph ids
 * ("legislation-law-enforcement-and-border-security-p1"), so a column's elements carry the report
 * id too: `cmp--<report id>--<paragraph id>`. Report ids are slugs, which never hold "--", so the
 * id reads back unambiguously; highlights made in a column anchor on the paragraph's own id.
 */
const PREFIX = 'cmp--'
const JOIN = '--'

export function columnElementId(reportId: string, paragraphId: string): string {
  return `${PREFIX}${reportId}${JOIN}${paragraphId}`
}

/** The report and paragraph of a column's element id, or null for any other id. */
export function parseColumnElementId(
  elementId: string
): { reportId: string; paragraphId: string } | null {
  if (!elementId.startsWith(PREFIX)) return null
  const rest = elementId.slice(PREFIX.length)
  const join = rest.indexOf(JOIN)
  if (join <= 0 || join + JOIN.length >= rest.length) return null
  return { reportId: rest.slice(0, join), paragraphId: rest.slice(join + JOIN.length) }
}

const inColumn = (reportId: string) => (id: string) => columnElementId(reportId, id)

/**
 * A column's section as the reading view's ReportText draws it: the same report, with its section
 * and paragraph ids made the column's own (see columnElementId). Everything else is as it was.
 */
export function columnReport(report: ProcessedReport): ProcessedReport {
  const id = inColumn(report.id)
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      id: id(section.id),
      paragraphs: section.paragraphs.map((paragraph) => ({ ...paragraph, id: id(paragraph.id) }))
    }))
  }
}

/** The reader's notes on a report, placed on the column's ids (others are left out). */
export function columnAnnotations(
  views: readonly AnnotationView[],
  reportId: string
): AnnotationView[] {
  const id = inColumn(reportId)
  return views
    .filter((view) => view.annotation.reportId === reportId)
    .map((view) => {
      const { anchor } = view
      if (anchor.status !== 'anchored') return view
      return {
        ...view,
        anchor: {
          ...anchor,
          sectionId: id(anchor.sectionId),
          ...(anchor.paragraphId ? { paragraphId: id(anchor.paragraphId) } : {}),
          ...(anchor.endParagraphId ? { endParagraphId: id(anchor.endParagraphId) } : {})
        }
      }
    })
}

/** The search's hits in a report, on the column's ids. */
export function columnHits(hits: ReportHits): ReportHits {
  const id = inColumn(hits.reportId)
  return {
    ...hits,
    paragraphs: hits.paragraphs.map((p) => ({ ...p, paragraphId: id(p.paragraphId) })),
    headings: hits.headings.map((h) => ({ ...h, sectionId: id(h.sectionId) }))
  }
}
