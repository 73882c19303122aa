import type { ProcessedReport } from '../../../shared/report-model'
import type { ReportHits } from '../../../shared/search/search-types'
import { Marked } from './Marked'

export function ReportText({
  report,
  hits,
  activeHit
}: {
  report: ProcessedReport
  /** Search hits to mark in this report, if any. */
  hits: ReportHits | null
  activeHit: number
}) {
  // Where each paragraph's hits start in the document-wide numbering.
  const spansByParagraph = new Map<string, { spans: [number, number][]; first: number }>()
  let next = 0
  for (const paragraph of hits?.reportId === report.id ? hits.paragraphs : []) {
    spansByParagraph.set(paragraph.paragraphId, { spans: paragraph.spans, first: next })
    next += paragraph.spans.length
  }
  return (
    <article className="report-text">
      {report.sections.map((section) => (
        <section
          key={section.id}
          id={section.id}
          data-section-id={section.id}
          aria-labelledby={`${section.id}-heading`}
        >
          <h2 id={`${section.id}-heading`} tabIndex={-1}>
            {section.heading}
          </h2>
          {section.paragraphs.map((paragraph) => {
            const marks = spansByParagraph.get(paragraph.id)
            return (
              <p key={paragraph.id} id={paragraph.id}>
                <Marked
                  text={paragraph.text}
                  spans={marks?.spans ?? []}
                  firstMark={marks?.first ?? 0}
                  activeMark={activeHit}
                />
              </p>
            )
          })}
        </section>
      ))}
    </article>
  )
}
