import type { ProcessedReport, ReportSummary } from '../../../shared/report-model'
import { Icon } from './Icon'
import { ReportOptions } from './ReportOptions'
import { useT } from '../i18n/useT'

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
  const t = useT()
  const { title, publisher, sourceUrl, edition } = report.metadata
  return (
    <header className="report-header">
      {reports.length > 1 && (
        <label className="report-switcher">
          <span>{t('report.switch')}</span>
          <select
            value={report.id}
            translate="no"
            dir="auto"
            onChange={(e) => void onSwitchReport(e.target.value)}
          >
            <ReportOptions reports={reports} />
          </select>
        </label>
      )}
      <h1 translate="no" dir="auto">
        {title}
      </h1>
      <dl className="report-meta">
        <div>
          <dt>{t('report.publisher')}</dt>
          <dd translate="no" dir="auto">
            {publisher}
          </dd>
        </div>
        <div>
          <dt>{t('report.edition')}</dt>
          <dd translate="no" dir="auto">
            {edition}
          </dd>
        </div>
        <div>
          <dt>{t('report.source')}</dt>
          {/* Shown as text, not a link: the app is offline and never opens the web. */}
          <dd className="source-url" translate="no" dir="ltr">
            {sourceUrl}
          </dd>
        </div>
      </dl>
      {previousEdition && onComparePrevious && (
        <div className="report-actions">
          <button type="button" onClick={onComparePrevious}>
            <Icon name="changes" />{' '}
            {t.rich('report.comparePrevious', {
              edition: <bdi translate="no">{previousEdition}</bdi>
            })}
          </button>
        </div>
      )}
    </header>
  )
}
