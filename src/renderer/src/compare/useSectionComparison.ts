import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReaderApi } from '../../../shared/ipc-contract'
import type { ProcessedReport } from '../../../shared/report-model'
import type { ReportHits } from '../../../shared/search/search-types'
import {
  defaultCompared,
  MAX_COMPARED,
  sectionKey,
  type SectionMatch
} from '../../../shared/sections/section-match'
import type { SelectionLocator } from '../annotations/useAnnotationEditing'
import { parseColumnElementId } from './column-ids'
import { useT } from '../i18n/useT'

/** A column: a report's matching section (null while it is on its way) and the search's hits in it. */
export interface CompareColumn {
  match: SectionMatch
  /** The report with only this section, as main gives it. */
  report: ProcessedReport | null
  hits: ReportHits | null
}

/** Where the comparison is: which section of the current report, and the reports beside it. */
interface Comparing {
  /** The section of the report on screen it was opened from (or chosen since). */
  sectionId: string
  key: string
  /** Every report that has the section, in library order; null while main is asked. */
  matches: SectionMatch[] | null
  chosen: string[]
}

/**
 * One section read across reports: which reports have it (main knows every report's headings; the
 * window only has the report on screen), which of them are side by side (two to four; at first the
 * current report and the next ones that have it), each column's section (asked of main once per
 * report and section) and the search's hits in it while a search is on.
 */
export function useSectionComparison({
  api,
  report,
  query,
  onProblem
}: {
  api: ReaderApi
  report: ProcessedReport
  /** The search on screen: its hits are marked in every column. */
  query: string
  onProblem: (message: string) => void
}) {
  const t = useT()
  const [comparing, setComparing] = useState<Comparing | null>(null)
  const [sections, setSections] = useState<Map<string, ProcessedReport>>(new Map())
  const [hits, setHits] = useState<{ query: string; byReport: Map<string, ReportHits> } | null>(
    null
  )

  const open = useCallback(
    (sectionId: string) => {
      const section = report.sections.find((s) => s.id === sectionId)
      if (!section) return
      const key = sectionKey(section.heading)
      setComparing({ sectionId, key, matches: null, chosen: [] })
      api
        .reportsWithSection(key)
        .then((matches) =>
          setComparing((c) =>
            c?.key === key ? { ...c, matches, chosen: defaultCompared(matches, report.id) } : c
          )
        )
        .catch((error: Error) => {
          onProblem(t('compare.cannotList', { reason: error.message }))
          setComparing(null)
        })
    },
    [api, report, onProblem, t]
  )

  const close = useCallback(() => setComparing(null), [])

  /** Adds a report as the last column, or takes its column away. */
  const toggle = useCallback((reportId: string) => {
    setComparing((c) => {
      if (!c?.matches) return c
      if (c.chosen.includes(reportId))
        return { ...c, chosen: c.chosen.filter((id) => id !== reportId) }
      if (c.chosen.length >= MAX_COMPARED) return c
      return { ...c, chosen: [...c.chosen, reportId] }
    })
  }, [])

  const columns: CompareColumn[] = useMemo(() => {
    if (!comparing?.matches) return []
    const byReport = new Map(comparing.matches.map((m) => [m.reportId, m]))
    return comparing.chosen.flatMap((reportId) => {
      const match = byReport.get(reportId)
      if (!match) return []
      const loaded = sections.get(sectionCacheKey(match))
      const found = hits?.query === query ? (hits.byReport.get(reportId) ?? null) : null
      return [{ match, report: loaded ?? null, hits: found }]
    })
  }, [comparing, sections, hits, query])

  // Each column's section, asked of main the first time it is shown.
  const missing = columns.filter((c) => !c.report).map((c) => c.match)
  const missingKey = missing.map(sectionCacheKey).join('\n')
  useEffect(() => {
    if (missing.length === 0) return
    let current = true
    Promise.all(missing.map((m) => api.getSection(m.reportId, m.sectionId)))
      .then((loaded) => {
        if (!current) return
        setSections((known) => {
          const next = new Map(known)
          loaded.forEach((section, i) =>
            next.set(sectionCacheKey(missing[i] as SectionMatch), section)
          )
          return next
        })
      })
      .catch(
        (error: Error) =>
          current && onProblem(t('compare.cannotShowColumn', { reason: error.message }))
      )
    return () => {
      current = false
    }
    // missingKey names the sections to ask for; the array itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, missingKey, onProblem])

  // The search's hits in each column's report (main marks them as it does in the reading view).
  const shownReports = columns.map((c) => c.match.reportId).join('\n')
  useEffect(() => {
    if (query.trim() === '' || shownReports === '') return
    let current = true
    const ids = shownReports.split('\n')
    Promise.all(ids.map((id) => api.hitsInReport(query, id)))
      .then((found) => {
        if (current) setHits({ query, byReport: new Map(found.map((h) => [h.reportId, h])) })
      })
      .catch(() => undefined) // The search's own results say what went wrong.
    return () => {
      current = false
    }
  }, [api, query, shownReports])

  /** A selection in a column: that column's report and section, in paragraph ids. */
  const locate: SelectionLocator = useCallback(
    (selection) => {
      const first = parseColumnElementId(selection.paragraphId)
      const last = parseColumnElementId(selection.endParagraphId ?? selection.paragraphId)
      if (!first || !last || first.reportId !== last.reportId) return null
      const column = columns.find((c) => c.match.reportId === first.reportId)
      if (!column?.report) return null
      return {
        report: column.report,
        selection: {
          ...selection,
          paragraphId: first.paragraphId,
          ...(selection.endParagraphId ? { endParagraphId: last.paragraphId } : {})
        }
      }
    },
    [columns]
  )

  return {
    active: comparing !== null,
    sectionId: comparing?.sectionId ?? null,
    matches: comparing?.matches ?? null,
    chosen: comparing?.chosen ?? [],
    columns,
    open,
    close,
    toggle,
    locate
  }
}

export type SectionComparisonState = ReturnType<typeof useSectionComparison>

const sectionCacheKey = (match: SectionMatch) => `${match.reportId}/${match.sectionId}`
