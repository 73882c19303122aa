import type { KeyboardEvent, RefObject } from 'react'
import type { ReportSummary } from '../../../shared/report-model'
import { ReportOptions } from '../components/ReportOptions'
import { useT } from '../i18n/useT'

export const SEARCH_RESULTS_ID = 'search-results'

export function SearchBox({
  inputRef,
  query,
  onQueryChange,
  onKeyDown,
  activeOptionId,
  expanded,
  reports,
  reportFilter,
  onReportFilterChange
}: {
  inputRef: RefObject<HTMLInputElement | null>
  query: string
  onQueryChange: (query: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void
  activeOptionId: string | undefined
  expanded: boolean
  reports: ReportSummary[]
  reportFilter: string | null
  onReportFilterChange: (reportId: string | null) => void
}) {
  const t = useT()
  return (
    <div className="search-box" role="search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-autocomplete="list"
        aria-controls={SEARCH_RESULTS_ID}
        aria-expanded={expanded}
        aria-activedescendant={activeOptionId}
        aria-keyshortcuts="Control+K Control+F Meta+K Meta+F"
        placeholder={t('search.placeholder')}
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {reports.length > 1 && (
        <select
          aria-label={t('search.in')}
          value={reportFilter ?? ''}
          onChange={(event) => onReportFilterChange(event.target.value || null)}
        >
          <option value="">{t('search.allReports')}</option>
          <ReportOptions reports={reports} />
        </select>
      )}
    </div>
  )
}
