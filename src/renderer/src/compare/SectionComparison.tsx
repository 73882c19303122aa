import { useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react'
import type { ColorLabels } from '../../../shared/annotations/annotation-model'
import type { AnnotationView } from '../../../shared/ipc-contract'
import type { ProcessedReport, ReportSummary } from '../../../shared/report-model'
import { hitPlaces } from '../../../shared/search/hit-places'
import { MAX_COMPARED } from '../../../shared/sections/section-match'
import { ReportText } from '../components/ReportText'
import { columnAnnotations, columnHits, columnReport, parseColumnElementId } from './column-ids'
import { shortTitles } from './short-titles'
import type { CompareColumn, SectionComparisonState } from './useSectionComparison'
import { countOf } from '../../../shared/text/format-count'

/**
 * One section read across two to four reports: the section (chosen from the report on screen),
 * the reports that have it (checkboxes), and a column per chosen report, side by side in a wide
 * window and stacked in a narrow one. Each column is the reading view's own text (ReportText), so
 * search hits, highlights and notes look and work as they do there. The arrow keys move between
 * columns once one has focus; Escape goes back to the report.
 */
/** What every column draws over its text, and what it does with it, as the reading view does. */
export interface ColumnText {
  /** The search on screen: its hits are marked. */
  query: string
  /** The reader's notes, on every report (each column takes its report's). */
  annotations: AnnotationView[]
  colorLabels: ColorLabels | null
  onOpenAnnotation: (id: string) => void
  onAddSectionNote: (sectionId: string, inReport: ProcessedReport) => void
}

export function SectionComparison({
  comparison,
  report,
  reports,
  text,
  onRead,
  onClose
}: {
  comparison: SectionComparisonState
  /** The report on screen: its sections are the ones to choose from. */
  report: ProcessedReport
  reports: ReportSummary[]
  text: ColumnText
  /** Leaves the comparison for a column's report, at its section. */
  onRead: (reportId: string, sectionId: string) => void
  onClose: () => void
}) {
  const { matches, chosen, columns } = comparison
  const titles = useMemo(() => new Map(reports.map((r) => [r.id, r.metadata.title])), [reports])
  const title = (id: string) => titles.get(id) ?? id
  // Shown where room is short (the report boxes, the columns' heads); the title is what is said.
  const names = useMemo(
    () =>
      shortTitles(
        new Map((matches ?? []).map((m) => [m.reportId, titles.get(m.reportId) ?? m.reportId]))
      ),
    [matches, titles]
  )
  const name = (id: string) => names.get(id) ?? title(id)
  const heading = report.sections.find((s) => s.id === comparison.sectionId)?.heading ?? ''
  const columnsRef = useRef<HTMLDivElement>(null)
  // Opening the comparison moves focus to it, so the keyboard continues there.
  const titleRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => titleRef.current?.focus(), [])
  const full = chosen.length >= MAX_COMPARED

  const moveBetweenColumns = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = [...(columnsRef.current?.querySelectorAll<HTMLElement>('.compare-column') ?? [])]
    const at = all.indexOf(event.target as HTMLElement)
    if (at === -1) return
    const to =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? at + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? all.length - 1
              : null
    if (to === null) return
    event.preventDefault()
    all[Math.max(0, Math.min(all.length - 1, to))]?.focus()
  }

  const status =
    matches === null
      ? 'Looking for the reports that have this section…'
      : matches.length < 2
        ? `No other report has a section “${heading}”. Choose another section.`
        : chosen.length < 2
          ? 'Choose at least one more report to read beside it.'
          : full && matches.length > MAX_COMPARED
            ? `${MAX_COMPARED} reports are side by side, the most that fit: remove one to add another.`
            : ''

  return (
    <div
      className="compare"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <div className="compare-bar">
        <button type="button" onClick={onClose}>
          ← Back to the report
        </button>
        <h1 id="compare-title" ref={titleRef} tabIndex={-1}>
          One section across reports
        </h1>
      </div>
      <div className="compare-choices">
        <label className="compare-section-choice">
          <span>Section</span>
          <select
            value={comparison.sectionId ?? ''}
            onChange={(event) => comparison.open(event.target.value)}
          >
            {report.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.heading}
              </option>
            ))}
          </select>
        </label>
        {matches && matches.length > 1 && (
          <fieldset className="compare-reports">
            <legend>Reports side by side (two to four)</legend>
            {matches.map((match) => {
              const checked = chosen.includes(match.reportId)
              return (
                <label key={match.reportId}>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && full}
                    onChange={() => comparison.toggle(match.reportId)}
                  />
                  <ShortName title={title(match.reportId)} name={name(match.reportId)} />
                </label>
              )
            })}
          </fieldset>
        )}
      </div>
      <p className="compare-status" role="status">
        {status}
      </p>
      <div
        ref={columnsRef}
        className="compare-columns"
        data-count={columns.length}
        style={{ '--count': columns.length } as CSSProperties}
        onKeyDown={moveBetweenColumns}
      >
        {columns.map((column, index) => (
          <ColumnView
            key={column.match.reportId}
            column={column}
            index={index}
            count={columns.length}
            title={title(column.match.reportId)}
            name={name(column.match.reportId)}
            text={text}
            onRead={() => onRead(column.match.reportId, column.match.sectionId)}
            onRemove={() => comparison.toggle(column.match.reportId)}
          />
        ))}
      </div>
    </div>
  )
}

/** A report's short name as shown, its full title as said (and on hover). */
function ShortName({ title, name, id }: { title: string; name: string; id?: string }) {
  if (name === title) return <span id={id}>{title}</span>
  return (
    <span title={title}>
      <span id={id} className="visually-hidden">
        {title}
      </span>
      <span aria-hidden="true">{name}</span>
    </span>
  )
}

function ColumnView({
  column,
  index,
  count,
  title,
  name,
  text,
  onRead,
  onRemove
}: {
  column: CompareColumn
  index: number
  count: number
  title: string
  /** The report's short name, told apart from the other columns' (short-titles.ts). */
  name: string
  text: ColumnText
  onRead: () => void
  onRemove: () => void
}) {
  const { query, annotations, colorLabels, onOpenAnnotation, onAddSectionNote } = text
  const { match, report } = column
  const shown = useMemo(() => (report ? columnReport(report) : null), [report])
  const hits = useMemo(() => (column.hits ? columnHits(column.hits) : null), [column.hits])
  const notes = useMemo(
    () => columnAnnotations(annotations, match.reportId),
    [annotations, match.reportId]
  )
  const hitCount =
    shown && hits ? hitPlaces(hits, shown).reduce((n, place) => n + place.spans.length, 0) : 0
  const titleId = `cmp--${match.reportId}--title`
  return (
    <section
      className="compare-column"
      tabIndex={0}
      aria-labelledby={titleId}
      aria-description={`Column ${index + 1} of ${count}`}
    >
      <header className="compare-column-header">
        <h2 className="compare-column-name">
          <ShortName title={title} name={name} id={titleId} />
        </h2>
        {report && <p className="compare-column-edition">Edition {report.metadata.edition}</p>}
        {query.trim() !== '' && hits && (
          <p className="compare-column-hits">
            {hitCount === 0
              ? `No match for “${query.trim()}” in this section`
              : `${countOf(hitCount, 'match', 'matches')} for “${query.trim()}”`}
          </p>
        )}
        <div className="compare-column-actions">
          <button type="button" onClick={onRead} aria-label={`Read ${title} at this section`}>
            Read in the report
          </button>
          <button
            type="button"
            onClick={onRemove}
            aria-label={`Remove ${title} from the comparison`}
          >
            Remove
          </button>
        </div>
      </header>
      {shown && report ? (
        <ReportText
          report={shown}
          hits={hits}
          activeHit={-1}
          annotations={notes}
          colorLabels={colorLabels}
          onOpenAnnotation={onOpenAnnotation}
          labelledBy={titleId}
          onAddSectionNote={(id) => {
            const sectionId = parseColumnElementId(id)?.paragraphId
            if (sectionId) onAddSectionNote(sectionId, report)
          }}
        />
      ) : (
        <p className="compare-column-loading">Opening “{match.heading}”…</p>
      )}
    </section>
  )
}
