import type { ProcessedReport, ReportSummary } from '../../../shared/report-model'
import { Icon } from './Icon'
import { ReportOptions } from './ReportOptions'

export function ReportHeader({
  reports,
  report,
  onSwitchReport,
  previousEdition = null,
  onComparePrevious
}: {
  reports: ReportSummary[]
  report: ProcessedReport
  onSwitchReport: (reportId: string) => Promise<void>
  /** The label of the previous edition the app bundles for this report, if any. */
  previousEdition?: string | null
  onComparePrevious?: () => void
}) {
  const { title, publisher, sourceUrl, edition } = report.metadata
  return (
    <header className="report-header">
      {reports.length > 1 && (
        <label className="report-switcher">
          <span>Report</span>
          <select value={report.id} onChange={(e) => void onSwitchReport(e.target.value)}>
            <ReportOptions reports={reports} />
          </select>
        </label>
      )}
      <h1>{title}</h1>
      <dl className="report-meta">
        <div>
          <dt>Publisher</dt>
          <dd>{publisher}</dd>
        </div>
        <div>
          <dt>Edition</dt>
          <dd>{edition}</dd>
        </div>
        <div>
          <dt>Source</dt>
          {/* Shown as text, not a link: the app is offline and never opens the web. */}
          <dd className="source-url">{sourceUrl}</dd>
        </div>
      </dl>
      {previousEdition && onComparePrevious && (
        <div className="report-actions">
          <button type="button" onClick={onComparePrevious}>
            <Icon name="changes" /> Compare with the previous edition ({previousEdition})
          </button>
        </div>
      )}
    </header>
  )
}
