import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent
} from 'react'
import type { ReaderApi } from '../../../shared/ipc-contract'
import type { ProcessedReport, ReportSummary } from '../../../shared/report-model'
import { hitPlaces, placeOfHit } from '../../../shared/search/hit-places'
import type { ReportHits, SearchHit } from '../../../shared/search/search-types'
import { flattenGroups, groupResults } from './group-results'
import { resultOptionId } from './SearchResults'
import { useSearch } from './useSearch'

/**
 * Everything the search does in the reader: the query, results and the active result (arrow
 * keys), opening a result (switching report if needed, marking every hit in the text), and
 * stepping through the hits (Enter / Shift+Enter in the box after opening, F3 / Shift+F3
 * anywhere). Esc clears the search and its marks; Ctrl/Cmd+K and Ctrl/Cmd+F focus the box.
 */
export function useReaderSearch({
  api,
  report,
  reports,
  onSwitchReport
}: {
  api: ReaderApi
  report: ProcessedReport
  reports: ReportSummary[]
  onSwitchReport: (reportId: string) => Promise<void>
}) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [query, setQueryState] = useState('')
  const [reportFilter, setReportFilter] = useState<string | null>(null)
  const [activeIndex, setActiveIndex] = useState(0)
  const [stepping, setStepping] = useState(false)
  const [hits, setHits] = useState<ReportHits | null>(null)
  const [activeHit, setActiveHit] = useState(-1)
  const [opening, setOpening] = useState<{ reportId: string; paragraphId: string } | null>(null)
  const { response, notes, error, notesChanged } = useSearch(api, query, reportFilter)

  const titles = useMemo(() => new Map(reports.map((r) => [r.id, r.metadata.title])), [reports])
  const groups = useMemo(() => groupResults(response?.results ?? [], titles), [response, titles])
  const ordered = useMemo(() => flattenGroups(groups), [groups])

  // A new query or scope makes new results: the marks of the old one no longer apply.
  const setQuery = useCallback((value: string) => {
    setQueryState(value)
    setActiveIndex(0)
    setStepping(false)
    setHits(null)
    setActiveHit(-1)
  }, [])

  const changeReportFilter = useCallback((reportId: string | null) => {
    setReportFilter(reportId)
    setActiveIndex(0)
    setStepping(false)
    setHits(null)
    setActiveHit(-1)
  }, [])

  const clear = useCallback(() => {
    setQuery('')
    setOpening(null)
  }, [setQuery])

  const open = useCallback(
    async (hit: SearchHit, index: number) => {
      setActiveIndex(index)
      setStepping(true)
      setOpening({ reportId: hit.reportId, paragraphId: hit.paragraphId })
      if (hit.reportId !== report.id) await onSwitchReport(hit.reportId)
    },
    [report.id, onSwitchReport]
  )

  // Once the result's report is open: mark every hit in it and go to the first in the paragraph.
  useEffect(() => {
    if (!opening || opening.reportId !== report.id) return
    let current = true
    api
      .hitsInReport(query, report.id)
      .then((found) => {
        if (!current) return
        const first = firstHitFor(found, report, opening.paragraphId)
        setHits(found)
        setActiveHit(first)
        setOpening(null)
        if (first === -1) {
          const paragraph = document.getElementById(opening.paragraphId)
          paragraph?.scrollIntoView({ block: 'center' })
        }
      })
      .catch(() => current && setOpening(null))
    return () => {
      current = false
    }
  }, [api, opening, query, report])

  const step = useCallback(
    (delta: number) => {
      if (!hits || hits.hitCount === 0) return
      setActiveHit(
        (n) =>
          ((((n < 0 ? (delta > 0 ? -1 : 0) : n) + delta) % hits.hitCount) + hits.hitCount) %
          hits.hitCount
      )
    },
    [hits]
  )

  // Bring the active hit into view whenever it changes (the one in the text: the results list's
  // snippets number their marks too, and in a narrow window they are hidden).
  useEffect(() => {
    if (activeHit < 0) return
    document
      .querySelector(`.report-text mark[data-hit="${activeHit}"]`)
      ?.scrollIntoView({ block: 'center' })
  }, [activeHit, hits])

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        setStepping(false)
        const last = ordered.length - 1
        setActiveIndex((i) => Math.max(0, Math.min(last, i + (event.key === 'ArrowDown' ? 1 : -1))))
      } else if (event.key === 'Enter') {
        event.preventDefault()
        if (stepping && hits) step(event.shiftKey ? -1 : 1)
        else {
          const hit = ordered[activeIndex]
          if (hit) void open(hit, activeIndex)
        }
      } else if (event.key === 'Escape') {
        event.preventDefault()
        clear()
      }
    },
    [ordered, activeIndex, stepping, hits, step, open, clear]
  )

  // Shortcuts that work anywhere in the window. Attached as the reader is drawn, not after it is
  // painted: a Ctrl+K pressed as soon as the report shows must not go to the browser instead.
  useLayoutEffect(() => {
    const onWindowKey = (event: globalThis.KeyboardEvent) => {
      const key = event.key.toLowerCase()
      if ((event.ctrlKey || event.metaKey) && (key === 'k' || key === 'f')) {
        event.preventDefault()
        inputRef.current?.focus()
        inputRef.current?.select()
      } else if (event.key === 'F3') {
        event.preventDefault()
        step(event.shiftKey ? -1 : 1)
      } else if (event.key === 'Escape' && event.target !== inputRef.current && query !== '') {
        clear()
      }
    }
    window.addEventListener('keydown', onWindowKey)
    return () => window.removeEventListener('keydown', onWindowKey)
  }, [step, clear, query])

  return {
    inputRef,
    query,
    setQuery,
    reportFilter,
    setReportFilter: changeReportFilter,
    response,
    notes,
    error,
    /** Asks the standing query again over the user's notes, which changed. */
    notesChanged,
    groups,
    activeIndex,
    activeOptionId: ordered.length > 0 && query ? resultOptionId(activeIndex) : undefined,
    open,
    onKeyDown,
    hits,
    activeHit,
    /** Where the current hit is: paragraph and offsets in its text (none in a heading). */
    activeHitRange: () => hitRange(hits, report, activeHit),
    next: () => step(1),
    previous: () => step(-1),
    clear
  }
}

/** The hit to go to for a result: its paragraph's first, else its section heading's first. */
function firstHitFor(hits: ReportHits, report: ProcessedReport, paragraphId: string): number {
  const places = hitPlaces(hits, report)
  const inParagraph = places.find((p) => p.kind === 'paragraph' && p.id === paragraphId)
  if (inParagraph) return inParagraph.first
  const section = report.sections.find((s) => s.paragraphs.some((p) => p.id === paragraphId))
  return places.find((p) => p.kind === 'heading' && p.id === section?.id)?.first ?? -1
}

function hitRange(
  hits: ReportHits | null,
  report: ProcessedReport,
  number: number
): { paragraphId: string; start: number; end: number } | null {
  if (!hits || number < 0) return null
  const place = placeOfHit(hitPlaces(hits, report), number)
  const span = place?.kind === 'paragraph' ? place.spans[number - place.first] : undefined
  return place && span ? { paragraphId: place.id, start: span[0], end: span[1] } : null
}
