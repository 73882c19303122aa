import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReaderApi, ReadingSettings } from '../../../shared/ipc-contract'
import type { Edition, ProcessedReport, ReportSummary } from '../../../shared/report-model'
import { AboutDialog } from './AboutDialog'
import { DisplaySettings } from '../settings/DisplaySettings'
import { useReadingPosition } from '../settings/useReadingPosition'
import { useReadingSettings } from '../settings/useReadingSettings'
import { useAnnotationEditing } from '../annotations/useAnnotationEditing'
import { useCitationCopy } from '../annotations/useCitationCopy'
import { AnnotationDialog } from '../annotations/AnnotationDialog'
import { NotesPanel } from '../annotations/NotesPanel'
import { SaveStateBanner } from '../annotations/SaveStateBanner'
import { SelectionToolbar } from '../annotations/SelectionToolbar'
import { UndoToast } from '../annotations/UndoToast'
import { useCurrentSection } from '../hooks/useCurrentSection'
import { HitNavigator } from '../search/HitNavigator'
import { NoteResults } from '../search/NoteResults'
import { SearchBox } from '../search/SearchBox'
import { SearchResults } from '../search/SearchResults'
import { useReaderSearch } from '../search/useReaderSearch'
import { ReportHeader } from './ReportHeader'
import { ReportText } from './ReportText'
import { TableOfContents } from './TableOfContents'
import { ShortcutsDialog } from './ShortcutsDialog'
import { useAppCommands } from '../hooks/useAppCommands'
import { PrintDialog } from '../print/PrintDialog'
import { usePrinting } from '../print/usePrinting'

type SidebarTab = 'contents' | 'notes'

export function ReaderLayout({
  api,
  reports,
  report,
  onSwitchReport,
  onNotice,
  edition,
  appVersion,
  reading,
  positions
}: {
  api: ReaderApi
  reports: ReportSummary[]
  report: ProcessedReport
  onSwitchReport: (reportId: string) => Promise<void>
  onNotice: (message: string) => void
  edition: Edition
  appVersion: string
  reading: ReadingSettings
  positions: Record<string, string>
}) {
  const scrollRef = useRef<HTMLElement>(null)
  const sectionIds = report.sections.map((s) => s.id)
  const { currentSectionId, goToSection } = useCurrentSection(scrollRef, sectionIds)
  const search = useReaderSearch({ api, report, reports, onSwitchReport })
  const notes = useAnnotationEditing({ api, report, reports, scrollRef, onSwitchReport, onNotice })
  const citations = useCitationCopy({ report, reports, scrollRef })
  const [tab, setTab] = useState<SidebarTab>('contents')
  const [aboutOpen, setAboutOpen] = useState(false)
  const [displayOpen, setDisplayOpen] = useState(false)
  const display = useReadingSettings(api, reading, onNotice)
  const progress = useReadingPosition(api, report, scrollRef, positions, onNotice)
  const searching = search.query.trim() !== ''
  const printing = usePrinting(api, onNotice)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  useAppCommands(api, {
    print: () => printing.open('print'),
    exportPdf: () => printing.open('export-pdf'),
    shortcuts: () => setShortcutsOpen(true),
    about: () => setAboutOpen(true)
  })

  useEffect(() => {
    document.title = `${report.metadata.title} — ${edition.editionTitle} — ${edition.appName}`
  }, [report, edition])

  // The edition's accent colour (checked for contrast at build time) for links and marks.
  useEffect(() => {
    if (edition.accentColor)
      document.documentElement.style.setProperty('--accent', edition.accentColor)
  }, [edition.accentColor])

  const highlightHit = useCallback(() => {
    const range = search.activeHitRange()
    if (range) notes.noteOnRange(range)
  }, [search, notes])

  // Alt+H: highlight the current search hit, from the keyboard.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.key.toLowerCase() === 'h') {
        event.preventDefault()
        highlightHit()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [highlightHit])

  const openNoteFromSearch = useCallback(
    (id: string) => {
      const view = notes.items.find((i) => i.annotation.id === id)
      if (view) void notes.goTo(view)
    },
    [notes]
  )

  return (
    <div className="reader">
      <header className="toolbar">
        <SearchBox
          inputRef={search.inputRef}
          query={search.query}
          onQueryChange={search.setQuery}
          onKeyDown={search.onKeyDown}
          activeOptionId={search.activeOptionId}
          expanded={searching}
          reports={reports}
          reportFilter={search.reportFilter}
          onReportFilterChange={search.setReportFilter}
        />
        {search.hits && (
          <HitNavigator
            current={search.activeHit}
            count={search.hits.hitCount}
            onPrevious={search.previous}
            onNext={search.next}
            onClear={search.clear}
            onHighlight={highlightHit}
          />
        )}
        <span className="toolbar-spacer" />
        <span className="edition-title">{edition.editionTitle}</span>
        <button type="button" className="about-button" onClick={() => setDisplayOpen(true)}>
          Display
        </button>
        <span role="status" className="print-status">
          {printing.status}
        </span>
        <button type="button" className="about-button" onClick={() => printing.open('print')}>
          Print / PDF…
        </button>
        <button type="button" className="about-button" onClick={() => setAboutOpen(true)}>
          About
        </button>
      </header>
      {/* While searching the results hold nothing focusable: the panel itself takes focus so
          it can be scrolled from the keyboard. */}
      <aside
        className="sidebar"
        aria-label={searching ? 'Search results and notes' : 'Contents and notes'}
        tabIndex={searching ? 0 : undefined}
      >
        {searching ? (
          <>
            <SearchResults
              response={search.response}
              error={search.error}
              groups={search.groups}
              activeIndex={search.activeIndex}
              onOpen={(hit, index) => void search.open(hit, index)}
            />
            <NoteResults
              notes={search.notes}
              colorLabels={notes.colorLabels}
              onOpen={openNoteFromSearch}
            />
          </>
        ) : (
          <>
            <div className="sidebar-tabs" role="tablist" aria-label="Sidebar">
              {(['contents', 'notes'] as const).map((id) => (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  id={`tab-${id}`}
                  aria-selected={tab === id}
                  aria-controls={`panel-${id}`}
                  onClick={() => setTab(id)}
                >
                  {id === 'contents' ? 'Contents' : `Notes (${notes.items.length})`}
                </button>
              ))}
            </div>
            <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
              {tab === 'contents' ? (
                <TableOfContents
                  sections={report.sections}
                  currentSectionId={currentSectionId}
                  onSelect={goToSection}
                />
              ) : notes.colorLabels ? (
                <NotesPanel
                  items={notes.items}
                  reports={reports}
                  colorLabels={notes.colorLabels}
                  canReattach={notes.selection !== null}
                  onGoTo={(view) => void notes.goTo(view)}
                  onEdit={(view) => notes.edit(view.annotation.id)}
                  onReattach={(view) => void notes.reattach(view)}
                  onDelete={(view) => void notes.remove(view.annotation.id)}
                  onCopy={citations.copyView}
                  onRenameColors={(labels) => void notes.setColorLabels(labels)}
                  onExport={(format, filter) => void notes.exportAs(format, filter)}
                  onImport={() => void notes.importFile()}
                  transferMessage={notes.transferMessage}
                />
              ) : null}
            </div>
          </>
        )}
      </aside>
      <main className="reading-pane" ref={scrollRef} tabIndex={0} aria-label="Report text">
        <div
          className="reading-progress"
          role="progressbar"
          aria-label="Reading progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
          aria-valuetext={`${progress}% of the report`}
        >
          <div className="reading-progress-bar" style={{ width: `${progress}%` }} />
        </div>
        <div className="page">
          <ReportHeader reports={reports} report={report} onSwitchReport={onSwitchReport} />
          <ReportText
            report={report}
            hits={search.hits}
            activeHit={search.activeHit}
            annotations={notes.itemsInReport}
            colorLabels={notes.colorLabels}
            onOpenAnnotation={notes.edit}
            onAddSectionNote={notes.addSectionNote}
          />
        </div>
        {/* Floating, but inside the main landmark so screen readers find them with the text. */}
        {notes.selection && notes.colorLabels && !notes.dialog && (
          <SelectionToolbar
            selection={notes.selection}
            colorLabels={notes.colorLabels}
            onHighlight={(color) => void notes.highlightSelection(color)}
            onHighlightWithNote={notes.noteOnSelection}
            onCopy={citations.copySelection}
          />
        )}
        <div role="status" className="copy-status-region">
          {citations.status && <p className="copy-status">{citations.status}</p>}
        </div>
        {notes.undo && (
          <UndoToast
            message={notes.undo.message}
            onUndo={() => void notes.undoDelete()}
            onDone={notes.dismissUndo}
          />
        )}
      </main>
      {notes.dialog && notes.colorLabels && (
        <AnnotationDialog
          key={notes.dialog.key}
          draft={notes.dialog.draft}
          colorLabels={notes.colorLabels}
          error={notes.dialogError}
          onSave={(changes) => void notes.saveDialog(changes)}
          onDelete={() => void notes.deleteFromDialog()}
          onCancel={notes.closeDialog}
        />
      )}
      <SaveStateBanner saveState={notes.saveState} onRetry={() => void notes.retrySave()} />
      {displayOpen && (
        <DisplaySettings
          settings={display.settings}
          onChange={display.update}
          onClose={() => setDisplayOpen(false)}
        />
      )}
      {aboutOpen && (
        <AboutDialog
          edition={edition}
          appVersion={appVersion}
          reports={reports}
          onClose={() => setAboutOpen(false)}
        />
      )}
      {printing.dialog && (
        <PrintDialog
          primary={printing.dialog}
          withNotes={printing.withNotes}
          onWithNotesChange={printing.setWithNotes}
          onRun={printing.run}
          onCancel={printing.close}
        />
      )}
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
    </div>
  )
}
