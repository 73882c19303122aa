import type { GeneratedLoad } from '../content/load-generated'
import type { LibraryOverview, Preferences } from '../shared/ipc-contract'
import { summarizeReport, type ProcessedReport } from '../shared/report-model'

export type LibraryLoad = GeneratedLoad

export function libraryOverview(
  load: LibraryLoad,
  preferences: Preferences,
  notices: string[],
  appVersion: string,
  userDataProblem: string | null = null
): LibraryOverview {
  if (!load.ok) return { ok: false, problem: load.problem }
  const reports = load.library.reports.map(summarizeReport)
  const { lastReportId, reading, layout, positions } = preferences
  const remembered = reports.some((r) => r.id === lastReportId) ? lastReportId : null
  return {
    ok: true,
    reports,
    edition: load.library.edition,
    appVersion,
    lastReportId: remembered,
    reading,
    layout,
    positions,
    notices,
    userDataProblem
  }
}

export function findReport(load: LibraryLoad, reportId: string): ProcessedReport | undefined {
  return load.ok ? load.library.reports.find((r) => r.id === reportId) : undefined
}
