import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import type { Layout, ReaderApi, ReadingSettings } from '../../../shared/ipc-contract'
import type { GlossaryTerm } from '../../../shared/glossary/glossary-model'
import type {
  Edition,
  Paragraph,
  ProcessedReport,
  ReportSummary
} from '../../../shared/report-model'
import { AboutDialog } from './AboutDialog'
import { DisplaySettings } from '../settings/DisplaySettings'
import { useReadingPosition } from '../settings/useReadingPosition'
import { useReadingSettings } from '../settings/useReadingSettings'
import { useAnnotationEditing } from '../annotations/useAnnotationEditing'
import { useCitationCopy } from '../annotations/useCitationCopy'
import { AnnotationDialog } from '../annotations/AnnotationDialog'
import { NotesPanel } from '../annotations/NotesPanel'
import { PileChooser } from '../annotations/many-notes/PileChooser'
import { SaveStateBanner } from '../annotations/SaveStateBanner'
import { SelectionToolbar } from '../annotations/SelectionToolbar'
import { UndoToast } from '../annotations/UndoToast'
import { MessageArea, ProblemBanner, Toasts, type Toast } from '../layout/Messages'
import { SidebarResizer } from '../layout/SidebarResizer'
import { SidebarTabs, useSidebarTabs, type SidebarTab } from '../layout/SidebarTabs'
import { useSidebar } from '../layout/useSidebar'
import { AppToolbar } from './AppToolbar'
import { useCurrentSection } from '../hooks/useCurrentSection'
import { HitNavigator } from '../search/HitNavigator'
import { NoteResults } from '../search/NoteResults'
import { SearchBox } from '../search/SearchBox'
import { SearchResults } from '../search/SearchResults'
import { useReaderSearch } from '../search/useReaderSearch'
import { TeamPanel } from '../team/TeamPanel'
import { TeamNoteResults } from '../team/TeamNoteResults'
import { teamMarkSelector, teamMarksByParagraph } from '../team/team-marks'
import { useTeam, useTeamSearch } from '../team/useTeam'
import { ReportHeader } from './ReportHeader'
import { ReportText } from './ReportText'
import { TableOfContents } from './TableOfContents'
import { ShortcutsDialog } from './ShortcutsDialog'
import { useAppCommands } from '../hooks/useAppCommands'
import { GlossaryPanel, goToFirstUse } from '../glossary/GlossaryPanel'
import { termMarksByParagraph } from '../glossary/term-marks'
import '../glossary/glossary.css'
import { changesByBlock } from '../../../shared/compare/changes-by-block'
import { ChangesAfterBlock, ChangesShownBar } from '../changes/ChangesInText'
import { ChangesOffer } from '../changes/ChangesOffer'
import { useEditionChanges } from '../changes/useEditionChanges'
import { useShowInReport } from '../changes/useShowInReport'
import { WhatChanged } from '../changes/WhatChanged'
import { PrintDialog } from '../print/PrintDialog'
import { usePrinting } from '../print/usePrinting'
import { SectionComparison } from '../compare/SectionComparison'
import { useSectionComparison } from '../compare/useSectionComparison'
import { useComparisonEntry } from '../compare/useComparisonEntry'
import { useT } from '../i18n/useT'
import { useColorLabel } from '../annotations/useColorLabel'

export function ReaderLayout({
  api,
  reports,
  report,
  glossary,
  onSwitchReport,
  problems,
  onProblem,
  onDismissProblems,
  edition,
  appVersion,
  reading,
  layout,
  positions
}: {
  api: ReaderApi
  reports: ReportSummary[]
  report: ProcessedReport
  /** The report's acronyms, alphabetically. */
  glossary: GlossaryTerm[]
  onSwitchReport: (reportId: string) => Promise<void>
  /** What went wrong and must be seen: shown in one banner until dismissed. */
  problems: string[]
  onProblem: (message: string) => void
  onDismissProblems: () => void
  edition: Edition
  appVersion: string
  reading: ReadingSettings
  layout: Layout
  positions: Record<string, string>
}) {
  const t = useT()
  const scrollRef = useRef<HTMLElement>(null)
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextToast = useRef(0)
  const addToast = useCallback(
    (message: string) =>
      setToasts((list) => [...list.slice(-2), { id: ++nextToast.current, message }]),
    []
  )
  const dismissToast = useCallback(
    (id: number) => setToasts((list) => list.filter((t) => t.id !== id)),
    []
  )
  const sidebar = useSidebar(api, layout, onProblem)
  const sectionIds = report.sections.map((s) => s.id)
  const { currentSectionId, goToSection } = useCurrentSection(scrollRef, sectionIds)
  const search = useReaderSearch({ api, report, reports, onSwitchReport })
  // One section across reports: a pane of its own in place of the report's, which is kept as it
  // was (hidden), so leaving the comparison returns to the same place in the text.
  const compareRef = useRef<HTMLElement>(null)
  const comparison = useSectionComparison({ api, report, query: search.query, onProblem })
  const comparing = comparison.active
  const textPane = comparing ? compareRef : scrollRef
  const locate = comparing ? comparison.locate : undefined
  const notes = useAnnotationEditing({
    api,
    report,
    reports,
    scrollRef: textPane,
    locate,
    onSwitchReport,
    onProblem,
    onToast: addToast
  })
  // A note saved, edited or deleted while a search stands: its "In your notes" part follows.
  const { notesChanged } = search
  useEffect(() => notesChanged(), [notes.items, notesChanged])
  const team = useTeam(api, report.id, onProblem)
  const teamHits = useTeamSearch(api, search.query, team.state?.version ?? 0)
  // Whether the note in the dialog is private: asked only where team notes are available.
  const dialogAction = notes.dialog?.action
  const dialogPrivate =
    team.state && dialogAction
      ? dialogAction.kind === 'edit' && team.state.privateIds.includes(dialogAction.id)
      : undefined
  const teamPrivateIds = team.state?.privateIds
  const privateIds = useMemo(
    () => (teamPrivateIds ? new Set(teamPrivateIds) : undefined),
    [teamPrivateIds]
  )
  const colorLabel = useColorLabel()
  const teamHighlights = useMemo(
    () =>
      teamMarksByParagraph(
        report.sections.flatMap((s) => s.paragraphs),
        team.inReport,
        // A colleague's colours keep the app's names for them (their own names stay theirs).
        { t, colorLabel: (color) => colorLabel(color, null) }
      ),
    [report.sections, team.inReport, t, colorLabel]
  )
  const termsByParagraph = useMemo(
    () => termMarksByParagraph(report.sections, glossary),
    [report.sections, glossary]
  )
  const citations = useCitationCopy({
    report,
    reports,
    scrollRef: textPane,
    locate,
    onToast: addToast
  })
  const compareEntry = useComparisonEntry({
    comparison,
    scrollRef,
    onSwitchReport,
    reportId: report.id,
    goToSection
  })
  const [aboutOpen, setAboutOpen] = useState(false)
  const display = useReadingSettings(api, reading, onProblem)
  const progress = useReadingPosition(api, report, scrollRef, positions, onProblem)
  const searching = search.query.trim() !== ''
  const { tab, setTab, tabs } = useSidebarTabs(searching, sidebar.setOpen)
  const tabLabel: Record<SidebarTab, string> = {
    contents: t('tabs.contents'),
    notes: t('tabs.notes', { count: notes.items.length }),
    team: t('tabs.team'),
    glossary: t('tabs.glossary'),
    results: t('tabs.results')
  }
  const changes = useEditionChanges(api, report, onProblem)
  const showInReport = useShowInReport(
    scrollRef,
    changes.open !== null,
    changes.close,
    changes.showInText
  )
  const changesAfter = useMemo(
    () => (changes.inText ? changesByBlock(changes.inText.changes, report) : null),
    [changes.inText, report]
  )
  // Stable, so the report's text is not drawn again for nothing (ReportText is memoized).
  const afterBlocks = useMemo(
    () =>
      changesAfter
        ? (blocks: readonly Paragraph[]) => (
            <ChangesAfterBlock changes={blocks.flatMap((b) => changesAfter.get(b.id) ?? [])} />
          )
        : undefined,
    [changesAfter]
  )
  const printing = usePrinting(api, onProblem, addToast)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  useAppCommands(api, {
    print: () => printing.open('print'),
    exportPdf: () => printing.open('export-pdf'),
    shortcuts: () => setShortcutsOpen(true),
    about: () => setAboutOpen(true),
    undo: () => void notes.undoLast()
  })

  // The report, then the edition when it says something more, then the app: each name once.
  useEffect(() => {
    const names = [report.metadata.title, edition.editionTitle, edition.appName]
    document.title = names.filter((name, i) => name && names.indexOf(name) === i).join(' — ')
  }, [report, edition])

  // The edition's accent colour (checked for contrast on white at build time) for links and
  // marks in the light theme and on paper; the dark theme keeps its own light accent (themes.css).
  useEffect(() => {
    if (edition.accentColor)
      document.documentElement.style.setProperty('--edition-accent', edition.accentColor)
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
      compareEntry.leave()
      if (view) void notes.goTo(view)
      sidebar.closeIfOverlay()
    },
    [notes, sidebar, compareEntry]
  )

  // Over a selection in the text on screen: the report's, or a column of the comparison.
  const selectionToolbar = notes.selection && notes.colorLabels && !notes.dialog && (
    <SelectionToolbar
      selection={notes.selection}
      cannotHighlight={notes.cannotHighlight}
      colorLabels={notes.colorLabels}
      onHighlight={(color) => void notes.highlightSelection(color)}
      onHighlightWithNote={notes.noteOnSelection}
      onCopy={citations.copySelection}
    />
  )

  return (
    <div
      className={`reader${sidebar.narrow ? ' narrow' : ''}`}
      style={{ '--sidebar-width': `${sidebar.width}px` } as CSSProperties}
    >
      <AppToolbar
        sidebarOpen={sidebar.open}
        onToggleSidebar={() => sidebar.setOpen(!sidebar.open)}
        search={
          <>
            <SearchBox
              inputRef={search.inputRef}
              query={search.query}
              onQueryChange={search.setQuery}
              onKeyDown={(event) => {
                // Enter opens a result: in a narrow window, back to the text to read it.
                if (event.key === 'Enter') {
                  sidebar.closeIfOverlay()
                  compareEntry.leave()
                }
                search.onKeyDown(event)
              }}
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
          </>
        }
        onPrint={() => printing.open('print')}
        onAbout={() => setAboutOpen(true)}
      />
      <MessageArea>
        <SaveStateBanner saveState={notes.saveState} onRetry={() => void notes.retrySave()} />
        <ProblemBanner problems={problems} onDismiss={onDismissProblems} />
      </MessageArea>
      <div className="panes">
        {/* The results hold nothing focusable: their panel takes focus so it can be scrolled
            from the keyboard. */}
        <aside
          id="sidebar"
          className="sidebar"
          aria-label={t('sidebar.label')}
          hidden={!sidebar.open}
          tabIndex={tab === 'results' ? 0 : undefined}
          onKeyDown={(event) => {
            // Laid over the text, Escape puts the sidebar away first (a search stays).
            if (event.key !== 'Escape' || !sidebar.narrow) return
            event.stopPropagation()
            sidebar.dismiss()
          }}
        >
          <SidebarTabs tabs={tabs} labels={tabLabel} chosen={tab} onChoose={setTab} />
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'results' ? (
              <>
                <SearchResults
                  response={search.response}
                  error={search.error}
                  groups={search.groups}
                  activeIndex={search.activeIndex}
                  onOpen={(hit, index) => {
                    sidebar.closeIfOverlay()
                    compareEntry.leave()
                    void search.open(hit, index)
                  }}
                />
                <NoteResults
                  notes={search.notes}
                  colorLabels={notes.colorLabels}
                  onOpen={openNoteFromSearch}
                />
                <TeamNoteResults hits={teamHits} />
              </>
            ) : tab === 'team' ? (
              <TeamPanel
                team={team}
                reports={reports}
                onCopied={(message) => {
                  addToast(message)
                  void notes.reload()
                }}
                onGoTo={(view) => {
                  sidebar.closeIfOverlay()
                  compareEntry.leave()
                  void notes.goTo(view, teamMarkSelector(view))
                }}
              />
            ) : tab === 'glossary' ? (
              <GlossaryPanel
                terms={glossary}
                headingOf={(paragraphId) =>
                  report.sections.find((s) => s.paragraphs.some((p) => p.id === paragraphId))
                    ?.heading
                }
                onGoTo={(term) => {
                  sidebar.closeIfOverlay()
                  goToFirstUse(term)
                }}
              />
            ) : tab === 'contents' ? (
              <>
                {reports.length > 1 && currentSectionId && !changes.open && (
                  <button
                    type="button"
                    className="compare-open"
                    aria-pressed={comparing}
                    onClick={() => {
                      sidebar.closeIfOverlay()
                      compareEntry.enter(currentSectionId)
                    }}
                  >
                    {t('compare.open')}
                  </button>
                )}
                <TableOfContents
                  sections={report.sections}
                  // The text is put away while "What changed" is open: no section is being read.
                  currentSectionId={changes.open ? null : currentSectionId}
                  onSelect={(id) => {
                    sidebar.closeIfOverlay()
                    compareEntry.leave()
                    // From "What changed", back to the report at that section.
                    if (changes.open) showInReport.goTo({ sectionId: id })
                    else goToSection(id)
                  }}
                />
              </>
            ) : notes.colorLabels ? (
              <NotesPanel
                items={notes.items}
                tags={notes.knownTags}
                reports={reports}
                colorLabels={notes.colorLabels}
                canReattach={notes.selection !== null}
                onGoTo={(view) => {
                  sidebar.closeIfOverlay()
                  compareEntry.leave()
                  void notes.goTo(view)
                }}
                onEdit={(view) => notes.edit(view.annotation.id)}
                onReattach={(view) => void notes.reattach(view)}
                onDelete={(view) => void notes.remove(view.annotation.id)}
                onCopy={citations.copyView}
                onRenameColors={(labels) => void notes.setColorLabels(labels)}
                onExport={(format, filter) => void notes.exportAs(format, filter)}
                onImport={() => void notes.importFile()}
                transfer={notes.transfer}
                privateIds={privateIds}
              />
            ) : null}
          </div>
          {!sidebar.narrow && (
            <SidebarResizer
              width={sidebar.width}
              onPreview={sidebar.previewWidth}
              onCommit={sidebar.commitWidth}
            />
          )}
        </aside>
        {sidebar.narrow && sidebar.open && (
          <div className="sidebar-backdrop" aria-hidden="true" onClick={sidebar.dismiss} />
        )}
        <main
          className="reading-pane"
          ref={scrollRef}
          tabIndex={0}
          aria-label={t('reader.text')}
          hidden={comparing}
        >
          <div
            className="reading-progress"
            role="progressbar"
            aria-label={t('reader.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress}
            aria-valuetext={t('reader.progress.value', { percent: progress / 100 })}
          >
            <div className="reading-progress-bar" style={{ width: `${progress}%` }} />
          </div>
          <div className="page">
            <ReportHeader
              reports={reports}
              report={report}
              onSwitchReport={onSwitchReport}
              previousEdition={changes.previousEdition}
              onComparePrevious={() => void changes.comparePrevious()}
            />
            {changes.offer && (
              <ChangesOffer
                comparison={changes.offer}
                onShow={changes.showLastRead}
                onDismiss={changes.dismissOffer}
              />
            )}
            {changes.open && (
              <WhatChanged
                comparison={changes.open}
                colorLabels={notes.colorLabels}
                onClose={showInReport.back}
                onShowInReport={showInReport.goTo}
              />
            )}
            {changes.inText && (
              <ChangesShownBar
                comparison={changes.inText}
                onBackToList={changes.backToList}
                onStop={changes.stopShowingInText}
              />
            )}
            {/* Kept while "What changed" is open, so the reader comes back to where they were. */}
            <div hidden={changes.open !== null}>
              <ReportText
                report={report}
                hits={search.hits}
                activeHit={search.activeHit}
                annotations={notes.itemsInReport}
                colorLabels={notes.colorLabels}
                onOpenAnnotation={notes.openMark}
                onAddSectionNote={notes.addSectionNote}
                onOpenSectionNotes={notes.openSectionNotes}
                printNotes={printing.withNotes}
                termsByParagraph={termsByParagraph}
                teamHighlights={teamHighlights}
                afterBlocks={afterBlocks}
              />
            </div>
          </div>
          {/* Floating, but inside the main landmark so screen readers find them with the text. */}
          {!comparing && selectionToolbar}
        </main>
        {comparing && (
          <main
            className="reading-pane compare-pane"
            ref={compareRef}
            tabIndex={0}
            aria-labelledby="compare-title"
          >
            <SectionComparison
              comparison={comparison}
              report={report}
              reports={reports}
              text={{
                query: search.query,
                annotations: notes.items,
                colorLabels: notes.colorLabels,
                onOpenAnnotation: notes.openMark,
                onAddSectionNote: notes.addSectionNote
              }}
              onRead={compareEntry.read}
              onClose={compareEntry.leave}
            />
            {selectionToolbar}
          </main>
        )}
      </div>
      {notes.undo && (
        <UndoToast
          message={notes.undo.message}
          onUndo={() => void notes.undoDelete()}
          onDone={notes.dismissUndo}
        />
      )}
      <Toasts toasts={toasts} onDismiss={dismissToast} />
      <DisplaySettings settings={display.settings} onChange={display.update} />
      {notes.dialog && notes.colorLabels && (
        <AnnotationDialog
          key={notes.dialog.key}
          draft={notes.dialog.draft}
          colorLabels={notes.colorLabels}
          knownTags={notes.knownTags}
          error={notes.dialogError}
          privateAtStart={dialogPrivate}
          onSave={(changes) =>
            void notes.saveDialog(
              changes,
              dialogPrivate === undefined ? undefined : { was: dialogPrivate, set: team.setPrivate }
            )
          }
          onDelete={() => void notes.deleteFromDialog()}
          onCancel={notes.closeDialog}
        />
      )}
      {notes.pileChoice && notes.colorLabels && (
        <PileChooser
          choice={notes.pileChoice}
          colorLabels={notes.colorLabels}
          onChoose={notes.choosePiledNote}
          onClose={notes.closePile}
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
