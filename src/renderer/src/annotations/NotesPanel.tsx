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
import type { TransferStatus } from './transfer-status'
import type { AnnotationView } from '../../../shared/ipc-contract'
import type { ReportSummary } from '../../../shared/report-model'
import { lastMove } from '../../../shared/annotations/edition-change'
import { TextChange } from './TextChange'
import { UnplacedReasonText } from './UnplacedReasonText'
import type { UnplacedReason } from '../../../shared/annotations/unplaced-reason'
import { ColorLabelsEditor } from './ColorLabelsEditor'
import { CopyWithCitation } from './CopyWithCitation'
import { NotesTransfer } from './NotesTransfer'
import type { CitationForm } from './useCitationCopy'
import { ReportOptions } from '../components/ReportOptions'
import { useColorLabel } from './useColorLabel'
import { useT } from '../i18n/useT'
import { VirtualList } from './many-notes/VirtualList'
import { newestFirst, noteKey } from './many-notes/note-piles'

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
  tags,
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
  transfer,
  privateIds
}: {
  items: AnnotationView[]
  /** Every tag of `items` once, whatever its case, in the spelling first met, sorted. */
  tags: readonly string[]
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
  transfer: TransferStatus
  /** The notes marked private (never written to the team folder), where team notes exist. */
  privateIds?: ReadonlySet<string> | undefined
}) {
  const t = useT()
  const colorLabel = useColorLabel()
  const [color, setColor] = useState<ColorId | ''>('')
  const [tag, setTag] = useState('')
  const [text, setText] = useState('')
  const [reportId, setReportId] = useState('')
  const [sort, setSort] = useState<SortOrder>('position')
  const [renaming, setRenaming] = useState(false)

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
      <h2 id="notes-title">{t('notes.title')}</h2>
      <NotesTransfer
        total={items.length}
        shown={filtered.length}
        filtered={!isNotesFilterEmpty(filter)}
        onExport={(format, scope) => onExport(format, scope === 'shown' ? filter : {})}
        onImport={onImport}
        transfer={transfer}
      />
      <div className="notes-controls">
        <label className="notes-text-filter">
          <span>{t('notes.find')}</span>
          <input
            type="search"
            dir="auto"
            value={text}
            maxLength={200}
            placeholder={t('notes.find.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label>
          <span>{t('notes.colour')}</span>
          <select value={color} onChange={(e) => setColor(e.target.value as ColorId | '')}>
            <option value="">{t('notes.allColours')}</option>
            {COLOR_IDS.map((id) => (
              <option key={id} value={id}>
                {colorLabel(id, colorLabels)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('notes.tag')}</span>
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('notes.allTags')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag} translate="no">
                {tag}
              </option>
            ))}
          </select>
        </label>
        {reports.length > 1 && (
          <label>
            <span>{t('notes.inReport')}</span>
            <select value={reportId} onChange={(e) => setReportId(e.target.value)}>
              <option value="">{t('search.allReports')}</option>
              <ReportOptions reports={reports} />
            </select>
          </label>
        )}
        <label>
          <span>{t('notes.sort')}</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as SortOrder)}>
            <option value="position">{t('notes.sort.position')}</option>
            <option value="newest">{t('notes.sort.newest')}</option>
            <option value="oldest">{t('notes.sort.oldest')}</option>
          </select>
        </label>
      </div>
      <p className="notes-count" role="status">
        {t('notes.count', { shown: filtered.length, count: items.length })}
      </p>
      {items.length === 0 && <p className="notes-empty">{t('notes.empty')}</p>}
      <VirtualList
        items={anchored}
        itemKey={noteKey}
        estimateSize={NOTE_HEIGHT_ESTIMATE}
        scroller="parent"
        className="notes-list"
      >
        {(view) => (
          <NoteItem
            view={view}
            place={place(view)}
            colorLabels={colorLabels}
            isPrivate={privateIds?.has(view.annotation.id) ?? false}
          >
            <button type="button" onClick={() => onGoTo(view)}>
              {t('notes.goTo')}
            </button>
            <button type="button" onClick={() => onEdit(view)}>
              {t('notes.edit')}
            </button>
            <button type="button" onClick={() => onDelete(view)}>
              {t('common.delete')}
            </button>
            {view.annotation.target.kind === 'text' && (
              <CopyWithCitation folded onCopy={(form) => onCopy(view, form)} />
            )}
          </NoteItem>
        )}
      </VirtualList>
      {orphans.length > 0 && (
        <>
          <h3 className="unanchored-title">{t('notes.unanchored', { count: orphans.length })}</h3>
          <p className="notes-help">{t('notes.unanchored.help')}</p>
          <VirtualList
            items={orphans}
            itemKey={noteKey}
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
                  isPrivate={privateIds?.has(view.annotation.id) ?? false}
                  reason={view.anchor.status === 'orphan' ? view.anchor.reason : undefined}
                  formerSection={inApp ? view.section?.heading : undefined}
                >
                  {/* A note can only be re-attached within its own report. */}
                  {inApp && (
                    <button type="button" disabled={!canReattach} onClick={() => onReattach(view)}>
                      {t('notes.reattach')}
                    </button>
                  )}
                  <button type="button" onClick={() => onDelete(view)}>
                    {t('common.delete')}
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
          {t('notes.renameColours')}
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
  isPrivate,
  reason,
  formerSection: former,
  children
}: {
  view: AnnotationView
  place: string
  colorLabels: ColorLabels
  /** Marked private: kept on this laptop, never written to the team folder. */
  isPrivate: boolean
  /** Why it is unanchored (from main's anchoring), for the notes under "Unanchored". */
  reason?: UnplacedReason
  /** Where an unanchored note was: the heading of its former section. */
  formerSection?: string
  children: React.ReactNode
}) {
  const t = useT()
  const colorLabel = useColorLabel()
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
        {colorLabel(annotation.color, colorLabels)}
        {place && (
          <>
            {' · '}
            <bdi translate="no">{place}</bdi>
          </>
        )}
        {isPrivate && (
          <>
            {' · '}
            <span className="note-private">{t('notes.private')}</span>
          </>
        )}
      </p>
      <div id={noteId} className={long && !expanded ? 'note-body clamped' : 'note-body'}>
        {quote ? (
          <blockquote className="note-quote" dir="auto" translate="no">
            {quote}
          </blockquote>
        ) : (
          <p className="note-meta">{t('sectionNote.label')}</p>
        )}
        {reason && (
          <p className="note-reason">
            <UnplacedReasonText reason={reason} />
            {former && (
              <>
                {' '}
                {t.rich('notes.formerSection', {
                  section: <bdi translate="no">{former}</bdi>
                })}
              </>
            )}
          </p>
        )}
        {view.anchor.status === 'anchored' && move?.kind === 'changed' && (
          <TextChange parts={move.parts} />
        )}
        {annotation.note && (
          <p className="note-text" dir="auto" translate="no">
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
          {expanded ? t('notes.showLess') : t('notes.showMore')}
        </button>
      )}
      {annotation.tags.length > 0 && (
        <ul className="note-tags" aria-label={t('notes.tags')} translate="no">
          {annotation.tags.map((tag) => (
            <li key={tag} dir="auto">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <p className="note-dates">
        {annotation.updatedAt !== annotation.createdAt
          ? t('notes.createdEdited', {
              created: new Date(annotation.createdAt),
              edited: new Date(annotation.updatedAt)
            })
          : t('notes.created', { created: new Date(annotation.createdAt) })}
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
  const paragraphNumbers = new Map<string, number>()
  const paragraphNumber = (paragraphId: string | undefined) => {
    const id = paragraphId ?? ''
    let number = paragraphNumbers.get(id)
    if (number === undefined) {
      number = Number(/-p(\d+)$/.exec(id)?.[1] ?? 0)
      paragraphNumbers.set(id, number)
    }
    return number
  }
  // Each note's place as two numbers, worked out once, not at each of the sort's comparisons:
  // report, section and paragraph in one (each below 1e4, 1e4 and 1e6), then the offset.
  const major = new Float64Array(views.length)
  const minor = new Float64Array(views.length)
  views.forEach((view, i) => {
    const inReports = reportIndex.get(view.annotation.reportId) ?? -1
    if (view.anchor.status !== 'anchored') {
      major[i] = inReports * 1e10
      return
    }
    const sectionIndex = view.section?.index ?? 0
    major[i] = (inReports * 1e4 + sectionIndex) * 1e6 + paragraphNumber(view.anchor.paragraphId)
    minor[i] = view.anchor.start ?? -1
  })
  const order = views.map((_, i) => i)
  order.sort(
    (a, b) =>
      (major[a] as number) - (major[b] as number) || (minor[a] as number) - (minor[b] as number)
  )
  return order.map((i) => views[i] as AnnotationView)
}
