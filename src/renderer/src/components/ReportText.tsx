import type { ProcessedReport } from '../../../shared/report-model'

export function ReportText({ report }: { report: ProcessedReport }) {
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
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.id} id={paragraph.id}>
              {paragraph.text}
            </p>
          ))}
        </section>
      ))}
    </article>
  )
}
