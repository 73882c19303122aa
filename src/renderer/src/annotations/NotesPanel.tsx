import { useDeferredValue, useMemo, useState } from 'react'
import {
  COLOR_IDS,
  type ColorId,
  type ColorLabels
} from '../../../shared/annotations/annotation-model'
import {
  isNotesFilterEmpty,
  matchesNotesFilter,
  type NotesFilter
} from '../../../shared/annotations/notes-filter'
import type { TransferMessage } from '../../../shared/annotations/transfer-messages'
import type { AnnotationView } from '../../../shared/ipc-contract'
import type { ReportSummary } from '../../../shared/report-model'
import { lastMove } from '../../../shared/annotations/edition-change'
import { TextChange } from './TextChange'
import { ColorLabelsEditor } from './ColorLabelsEditor'
import { CopyWithCitation } from './CopyWithCitation'
import { NotesTransfer } from './NotesTransfer'
import type { CitationForm } from './useCitationCopy'
import { ReportOptions } from '../components/ReportOptions'
import { VirtualList } from './many-notes/VirtualList'
import { newestFirst } from './many-notes/note-piles'

/** A note's likely height in the list, in px, until it is drawn and measured. */
const NOTE_HEIGHT_ESTIMATE = 190

type SortOrder = 'position' | 'newest' | 'oldest'

/**
 * Every highlight and note: quote, place, colour, tags and dates; find by words, filter by
 * colour, tag (whatever its case) and report; sort; go there, edit, delete (with Undo) or copy.
 * Long notes are shortened, with "Show more". What no longer anchors in the current edition is listed under
 * "Unanchored", never dropped, to re-attach to a new selection or delete.
 */
export function NotesPanel({
  items,
  reports,
  colorLabels,
  canReattach,
  onGoTo,
  onEdit,
  onReattach,
  onDelete,
  onCopy,
  onRenameColors,
  onExport,
  onImport,
  transferMessage
}: {
  items: AnnotationView[]
  reports: ReportSummary[]
  colorLabels: ColorLabels
  canReattach: boolean
  onGoTo: (view: AnnotationView) => void
  onEdit: (view: AnnotationView) => void
  onReattach: (view: AnnotationView) => void
  onDelete: (view: AnnotationView) => void
  /** Copy a highlight's quote with its citation. */
  onCopy: (view: AnnotationView, form: CitationForm) => void
  onRenameColors: (labels: ColorLabels) => void
  /** Export the notes matching `filter` (`{}`: all of them). */
  onExport: (format: 'markdown' | 'json', filter: NotesFilter) => void
  onImport: () => void
  transferMessage: TransferMessage | null
}) {
  const [color, setColor] = useState<ColorId | ''>('')
  const [tag, setTag] = useState('')
  const [text, setText] = useState('')
  const [reportId, setReportId] = useState('')
  const [sort, setSort] = useState<SortOrder>('position')
  const [renaming, setRenaming] = useState(false)

  // Each tag once, whatever its case, in the spelling first met.
  const tags = useMemo(() => {
    const tagSpelling = new Map<string, string>()
    for (const { annotation } of items) {
      for (const t of annotation.tags) {
        if (!tagSpelling.has(t.toLocaleLowerCase())) tagSpelling.set(t.toLocaleLowerCase(), t)
      }
    }
    return [...tagSpelling.values()].sort((a, b) => a.localeCompare(b))
  }, [items])
  // Typing in Find stays smooth with 20,000 notes: the list follows when the page is free.
  const words = useDeferredValue(text.trim())
  // The same filter lists the notes here and, for "the notes shown", chooses what main exports.
  const filter: NotesFilter = useMemo(
    () => ({
      ...(reportId ? { reportId } : {}),
      ...(color ? { color } : {}),
      ...(tag ? { tag } : {}),
      ...(words ? { text: words } : {})
    }),
    [reportId, color, tag, words]
  )
  const filtered = useMemo(
    () => items.filter((i) => matchesNotesFilter(i.annotation, filter)),
    [items, filter]
  )
  const anchored = useMemo(
    () =>
      sortViews(
        filtered.filter((i) => i.anchor.status === 'anchored'),
        sort,
        reports
      ),
    [filtered, sort, reports]
  )
  const orphans = useMemo(() => filtered.filter((i) => i.anchor.status === 'orphan'), [filtered])
  const place = (view: AnnotationView) => {
    const report = reports.find((r) => r.id === view.annotation.reportId)
    const heading = view.anchor.status === 'anchored' ? view.section?.heading : undefined
    return [reports.length > 1 ? report?.metadata.title : null, heading].filter(Boolean).join(' › ')
  }

  return (
    <section className="notes-panel" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes and highlights</h2>
      <NotesTransfer
        total={items.length}
        shown={filtered.length}
        filtered={!isNotesFilterEmpty(filter)}
        onExport={(format, scope) => onExport(format, scope === 'shown' ? filter : {})}
        onImport={onImport}
        message={transferMessage}
      />
      <div className="notes-controls">
        <label className="notes-text-filter">
          <span>Find</span>
          <input
            type="search"
            dir="auto"
            value={text}
            maxLength={200}
            placeholder="Words in notes, quotes or tags"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label>
          <span>Colour</span>
          <select value={color} onChange={(e) => setColor(e.target.value as ColorId | '')}>
            <option value="">All colours</option>
            {COLOR_IDS.map((id) => (
              <option key={id} value={id}>
                {colorLabels[id]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Tag</span>
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        {reports.length > 1 && (
          <label>
            <span>In report</span>
            <select value={reportId} onChange={(e) => setReportId(e.target.value)}>
              <option value="">All reports</option>
              <ReportOptions reports={reports} />
            </select>
          </label>
        )}
        <label>
          <span>Sort</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as SortOrder)}>
            <option value="position">In reading order</option>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
      </div>
      <p className="notes-count" role="status">
        {filtered.length.toLocaleString('en')} of {items.length.toLocaleString('en')}{' '}
        {items.length === 1 ? 'note' : 'notes'}
      </p>
      {items.length === 0 && (
        <p className="notes-empty">Select text in the report to highlight it or add a note.</p>
      )}
      <VirtualList
        items={anchored}
        itemKey={(view) => view.annotation.id}
        estimateSize={NOTE_HEIGHT_ESTIMATE}
        scroller="parent"
        className="notes-list"
      >
        {(view) => (
          <NoteItem view={view} place={place(view)} colorLabels={colorLabels}>
            <button type="button" onClick={() => onGoTo(view)}>
              Go to
            </button>
            <button type="button" onClick={() => onEdit(view)}>
              Edit
            </button>
            <button type="button" onClick={() => onDelete(view)}>
              Delete
            </button>
            {view.annotation.target.kind === 'text' && (
              <CopyWithCitation folded onCopy={(form) => onCopy(view, form)} />
            )}
          </NoteItem>
        )}
      </VirtualList>
      {orphans.length > 0 && (
        <>
          <h3 className="unanchored-title">Unanchored ({orphans.length})</h3>
          <p className="notes-help">
            These could not be placed in the reports as the app has them now; each says why. Select
            the passage a note belongs to and re-attach it, or delete it.
          </p>
          <VirtualList
            items={orphans}
            itemKey={(view) => view.annotation.id}
            estimateSize={NOTE_HEIGHT_ESTIMATE}
            scroller="parent"
            className="notes-list"
          >
            {(view) => {
              const inApp = reports.some((r) => r.id === view.annotation.reportId)
              return (
                <NoteItem
                  view={view}
                  place={place(view)}
                  colorLabels={colorLabels}
                  reason={view.anchor.status === 'orphan' ? view.anchor.reason : undefined}
                  formerSection={inApp ? view.section?.heading : undefined}
                >
                  {/* A note can only be re-attached within its own report. */}
                  {inApp && (
                    <button type="button" disabled={!canReattach} onClick={() => onReattach(view)}>
                      Re-attach to selection
                    </button>
                  )}
                  <button type="button" onClick={() => onDelete(view)}>
                    Delete
                  </button>
                  {inApp && view.annotation.target.kind === 'text' && (
                    <CopyWithCitation folded onCopy={(form) => onCopy(view, form)} />
                  )}
                </NoteItem>
              )
            }}
          </VirtualList>
        </>
      )}
      <div className="notes-rename">
        <button type="button" onClick={() => setRenaming((r) => !r)} aria-expanded={renaming}>
          Rename colours
        </button>
      </div>
      {renaming && (
        <ColorLabelsEditor
          labels={colorLabels}
          onSave={(labels) => {
            onRenameColors(labels)
            setRenaming(false)
          }}
        />
      )}
    </section>
  )
}

function NoteItem({
  view,
  place,
  colorLabels,
  reason,
  formerSection: former,
  children
}: {
  view: AnnotationView
  place: string
  colorLabels: ColorLabels
  /** Why it is unanchored (from main's anchoring), for the notes under "Unanchored". */
  reason?: string
  /** Where an unanchored note was: the heading of its former section. */
  formerSection?: string
  children: React.ReactNode
}) {
  const { annotation } = view
  const quote = annotation.target.kind === 'text' ? annotation.target.quote.exact : null
  const [expanded, setExpanded] = useState(false)
  const long = isLong(annotation.note) || (quote !== null && isLong(quote))
  const noteId = `note-body-${annotation.id}`
  const move = lastMove(annotation)
  return (
    <div className={`note-item hl-border-${annotation.color}`}>
      <p className="note-meta">
        <span className={`swatch swatch-${annotation.color}`} aria-hidden="true" />
        {colorLabels[annotation.color]}
        {place && <> · {place}</>}
      </p>
      <div id={noteId} className={long && !expanded ? 'note-body clamped' : 'note-body'}>
        {quote ? (
          <blockquote className="note-quote" dir="auto">
            {quote}
          </blockquote>
        ) : (
          <p className="note-meta">Section note</p>
        )}
        {reason && (
          <p className="note-reason">
            {reason}
            {former && <> It was in the section “{former}”.</>}
          </p>
        )}
        {view.anchor.status === 'anchored' && move?.kind === 'changed' && (
          <TextChange parts={move.parts} />
        )}
        {annotation.note && (
          <p className="note-text" dir="auto">
            {annotation.note}
          </p>
        )}
      </div>
      {long && (
        <button
          type="button"
          className="link-button show-more"
          aria-expanded={expanded}
          aria-controls={noteId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}
      {annotation.tags.length > 0 && (
        <ul className="note-tags" aria-label="Tags">
          {annotation.tags.map((t) => (
            <li key={t} dir="auto">
              {t}
            </li>
          ))}
        </ul>
      )}
      <p className="note-dates">
        Created {formatDate(annotation.createdAt)}
        {annotation.updatedAt !== annotation.createdAt && (
          <>, edited {formatDate(annotation.updatedAt)}</>
        )}
      </p>
      <div className="note-actions">{children}</div>
    </div>
  )
}

/** Shortened in the list, with "Show more": a 20,000-character note must not fill the panel. */
const LONG_CHARACTERS = 400
const LONG_LINES = 6
function isLong(text: string): boolean {
  return text.length > LONG_CHARACTERS || text.split('\n').length > LONG_LINES
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

function sortViews(
  views: AnnotationView[],
  sort: SortOrder,
  reports: ReportSummary[]
): AnnotationView[] {
  if (sort !== 'position') {
    const sorted = [...views].sort(newestFirst)
    return sort === 'newest' ? sorted : sorted.reverse()
  }
  const reportIndex = new Map(reports.map((r, i) => [r.id, i]))
  const key = (view: AnnotationView): number[] => {
    const inReports = reportIndex.get(view.annotation.reportId) ?? -1
    if (view.anchor.status !== 'anchored') return [inReports]
    const { paragraphId, start } = view.anchor
    const sectionIndex = view.section?.index ?? 0
    const paragraphNumber = Number(/-p(\d+)$/.exec(paragraphId ?? '')?.[1] ?? 0)
    return [inReports, sectionIndex, paragraphNumber, start ?? -1]
  }
  // Each note's place worked out once, not at each of the sort's comparisons.
  const keys = new Map(views.map((view) => [view, key(view)]))
  return [...views].sort((a, b) => {
    const ka = keys.get(a) as number[]
    const kb = keys.get(b) as number[]
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (ka[i] ?? 0) - (kb[i] ?? 0)
      if (d !== 0) return d
    }
    return 0
  })
}
