import { useEffect, useRef } from 'react'
import type { ReaderApi } from '../../../shared/ipc-contract'
import type { ProcessedReport, ReportSummary } from '../../../shared/report-model'
import { useCurrentSection } from '../hooks/useCurrentSection'
import { HitNavigator } from '../search/HitNavigator'
import { SearchBox } from '../search/SearchBox'
import { SearchResults } from '../search/SearchResults'
import { useReaderSearch } from '../search/useReaderSearch'
import { ReportHeader } from './ReportHeader'
import { ReportText } from './ReportText'
import { TableOfContents } from './TableOfContents'

const APP_NAME = 'Offline Reference Reader'

export function ReaderLayout({
  api,
  reports,
  report,
  onSwitchReport
}: {
  api: ReaderApi
  reports: ReportSummary[]
  report: ProcessedReport
  onSwitchReport: (reportId: string) => Promise<void>
}) {
  const scrollRef = useRef<HTMLElement>(null)
  const sectionIds = report.sections.map((s) => s.id)
  const { currentSectionId, goToSection } = useCurrentSection(scrollRef, sectionIds)
  const search = useReaderSearch({ api, report, reports, onSwitchReport })
  const searching = search.query.trim() !== ''

  useEffect(() => {
    document.title = `${report.metadata.title} — ${APP_NAME}`
    scrollRef.current?.scrollTo({ top: 0 })
  }, [report])

  return (
    <div className="reader">
      <header className="toolbar">
        <SearchBox
          inputRef={search.inputRef}
          query={search.query}
          onQueryChange={search.setQuery}
          onKeyDown={search.onKeyDown}
          activeOptionId={search.activeOptionId}
          expanded={searching}
          reports={reports}
          reportFilter={search.reportFilter}
          onReportFilterChange={search.setReportFilter}
        />
        {search.hits && (
          <HitNavigator
            current={search.activeHit}
            count={search.hits.hitCount}
            onPrevious={search.previous}
            onNext={search.next}
            onClear={search.clear}
          />
        )}
      </header>
      <aside className="sidebar">
        {searching ? (
          <SearchResults
            response={search.response}
            error={search.error}
            groups={search.groups}
            activeIndex={search.activeIndex}
            onOpen={(hit, index) => void search.open(hit, index)}
          />
        ) : (
          <TableOfContents
            sections={report.sections}
            currentSectionId={currentSectionId}
            onSelect={goToSection}
          />
        )}
      </aside>
      <main className="reading-pane" ref={scrollRef} tabIndex={0} aria-label="Report text">
        <div className="page">
          <ReportHeader reports={reports} report={report} onSwitchReport={onSwitchReport} />
          <ReportText report={report} hits={search.hits} activeHit={search.activeHit} />
        </div>
      </main>
    </div>
  )
}
