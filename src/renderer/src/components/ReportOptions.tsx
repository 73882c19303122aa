import type { ReportSummary } from '../../../shared/report-model'

/** One option per report, by title, valued by id: for every control that picks a report. */
export function ReportOptions({ reports }: { reports: ReportSummary[] }) {
  return (
    <>
      {reports.map((r) => (
        <option key={r.id} value={r.id}>
          {r.metadata.title}
        </option>
      ))}
    </>
  )
}
