import { useEffect, useRef } from 'react'
import type { ProcessedReport, ReportSummary } from '../../../shared/report-model'
import { useCurrentSection } from '../hooks/useCurrentSection'
import { ReportHeader } from './ReportHeader'
import { ReportText } from './ReportText'
import { TableOfContents } from './TableOfContents'

const APP_NAME = 'Offline Reference Reader'

export function ReaderLayout({
  reports,
  report,
  onSwitchReport
}: {
  reports: ReportSummary[]
  report: ProcessedReport
  onSwitchReport: (reportId: string) => void
}) {
  const scrollRef = useRef<HTMLElement>(null)
  const sectionIds = report.sections.map((s) => s.id)
  const { currentSectionId, goToSection } = useCurrentSection(scrollRef, sectionIds)

  useEffect(() => {
    document.title = `${report.metadata.title} — ${APP_NAME}`
    scrollRef.current?.scrollTo({ top: 0 })
  }, [report])

  return (
    <div className="reader">
      <aside className="sidebar">
        <TableOfContents
          sections={report.sections}
          currentSectionId={currentSectionId}
          onSelect={goToSection}
        />
      </aside>
      <main className="reading-pane" ref={scrollRef} tabIndex={0} aria-label="Report text">
        <div className="page">
          <ReportHeader reports={reports} report={report} onSwitchReport={onSwitchReport} />
          <ReportText report={report} />
        </div>
      </main>
    </div>
  )
}
