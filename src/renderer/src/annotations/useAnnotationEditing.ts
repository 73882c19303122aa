import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import {
  DEFAULT_COLOR_LABELS,
  type AnnotationChanges,
  type ColorId,
  type ColorLabels,
  type TextTarget
} from '../../../shared/annotations/annotation-model'
import { sectionHeadings } from '../../../shared/annotations/citation'
import { placementMessage } from '../../../shared/annotations/edition-change'
import { notesFilterWords, type NotesFilter } from '../../../shared/annotations/notes-filter'
import { textTargetForRange } from '../../../shared/annotations/select-target'
import {
  exportMessage,
  importMessage,
  importProgressMessage
} from '../../../shared/annotations/transfer-messages'
import type { AnnotationView, ReaderApi } from '../../../shared/ipc-contract'
import type { ProcessedReport, ReportSummary } from '../../../shared/report-model'
import type { AnnotationDialogChanges, AnnotationDraft } from './AnnotationDialog'
import { useAnnotations } from './useAnnotations'
import type { MessageId } from '../../../shared/i18n/catalog-types'
import { useNotePiles } from './many-notes/useNotePiles'
import { readSelection, useTextSelection, type TextSelection } from '../selection/useTextSelection'
import { clearSelectionIfStill, type SelectionSpan } from '../selection/clear-if-still'
import { useT } from '../i18n/useT'
import { createTransferStatus } from './transfer-status'

/** Whether a note was private when its dialog opened, and how to mark it (team notes). */
export interface NotePrivacy {
  was: boolean
  set: (id: string, isPrivate: boolean) => Promise<boolean>
}

/** A change the reader can take back with Ctrl/Cmd+Z (newest last), and how to name it. */
type UndoStep =
  | { kind: 'created'; id: string; what: MessageId }
  | {
      kind: 'changed'
      id: string
      before: AnnotationChanges
      /** When the edit also made the note private or shared: what it was, and how to set it. */
      privacy?: NotePrivacy
      what: MessageId
    }
  | { kind: 'deleted'; view: AnnotationView; what: MessageId }

const UNDO_STEPS = 50

/**
 * What a selection in `report` would highlight or copy (the target, and the headings of the
 * sections it runs through, in order), or why it cannot. `maxLength` is a highlight's limit by
 * default; a passage copied has none. Pure: callers decide whether and how to tell the reader.
 */
export function selectionTarget(
  report: ProcessedReport,
  sel: TextSelection | null,
  maxLength?: number
): { target: TextTarget; sections: string[] } | { problem: string } {
  if (!sel) return { problem: SELECT_FIRST }
  const endId = sel.endParagraphId ?? sel.paragraphId
  const sections = sectionHeadings(report, sel.paragraphId, endId)
  if (sections.length === 0) return { problem: SELECT_FIRST }
  try {
    const target = textTargetForRange(
      report,
      { paragraphId: sel.paragraphId, offset: sel.start },
      { paragraphId: endId, offset: sel.end },
      maxLength
    )
    return { target, sections }
  } catch (error) {
    return { problem: (error as Error).message }
  }
}

/**
 * Where a selection's text is, when the pane shows something other than the report on screen
 * (the comparison's columns, whose element ids are not paragraph ids): the report whose text it
 * is (with at least the sections selected in) and the selection in that report's paragraph ids.
 * Null when the selection is in no one report's text.
 */
export type SelectionLocator = (
  selection: TextSelection
) => { report: ProcessedReport; selection: TextSelection } | null

// Said only when nothing is selected, which the selection toolbar never shows (main's words).
const SELECT_FIRST = 'Select a passage in the report first.'

/** What a selection would highlight or copy, in the report it is in (see selectionTarget). */
export function locatedTarget(
  report: ProcessedReport,
  sel: TextSelection | null,
  locate?: SelectionLocator,
  maxLength?: number
): { target: TextTarget; sections: string[]; report: ProcessedReport } | { problem: string } {
  const located = sel && locate ? locate(sel) : sel && { report, selection: sel }
  if (!located) return { problem: SELECT_FIRST }
  const found = selectionTarget(located.report, located.selection, maxLength)
  return 'target' in found ? { ...found, report: located.report } : found
}

const selectionProblem = (found: ReturnType<typeof locatedTarget> | null) =>
  found && 'problem' in found ? found.problem : null

/** The report a new note goes to: its id and the edition it was made on. */
type NoteReport = Pick<ProcessedReport, 'id' | 'contentHash'>

type DialogAction =
  | { kind: 'create-text'; target: TextTarget; report: NoteReport; selection: SelectionSpan }
  | { kind: 'create-section'; sectionId: string; report: NoteReport }
  | { kind: 'edit'; id: string }

/**
 * Everything the reader does with highlights and notes: highlight a selection, write a note on
 * it or on a section, open a highlight to recolour, edit, tag or delete it (with Undo), go to a
 * note, re-attach an orphan, export and import.
 */
export function useAnnotationEditing({
  api,
  report,
  reports,
  scrollRef,
  locate,
  onSwitchReport,
  onProblem,
  onToast
}: {
  api: ReaderApi
  report: ProcessedReport
  reports: ReportSummary[]
  /** The pane whose text is read and selected. */
  scrollRef: RefObject<HTMLElement | null>
  /** Where a selection is, when the pane holds more than the report on screen. */
  locate?: SelectionLocator
  onSwitchReport: (reportId: string) => Promise<void>
  /** For what went wrong and must be seen (a refusal from main, a damaged file). */
  onProblem: (message: string) => void
  /** For guidance that goes away by itself ("Select some text to highlight."). */
  onToast: (message: string) => void
}) {
  const t = useT()
  const [dialog, setDialog] = useState<{
    key: number
    draft: AnnotationDraft
    action: DialogAction
  } | null>(null)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const [undo, setUndo] = useState<{ message: string; view: AnnotationView } | null>(null)
  // Not React state here: its changes redraw the message line alone (transfer-status.ts).
  const [transfer] = useState(createTransferStatus)
  const [pendingJump, setPendingJump] = useState<
    (AnnotationView & { markSelector?: string | undefined }) | null
  >(null)
  const undoSteps = useRef<UndoStep[]>([])
  const remember = (step: UndoStep) => {
    undoSteps.current = [...undoSteps.current.slice(1 - UNDO_STEPS), step]
  }
  const dialogOpen = useRef(false)
  useEffect(() => {
    dialogOpen.current = dialog !== null
  }, [dialog])

  // Refusals from main go into the open dialog, or else to the notices.
  const onError = useCallback(
    (message: string) => (dialogOpen.current ? setDialogError(message) : onProblem(message)),
    [onProblem]
  )
  const annotations = useAnnotations(api, onError)
  const selection = useTextSelection(scrollRef)
  const itemsInReport = useMemo(
    () => annotations.items.filter((i) => i.annotation.reportId === report.id),
    [annotations.items, report.id]
  )
  // Every tag once, whatever its case, in the spelling first used: suggestions in the dialog.
  // The notes panel's tag filter lists the same. A spelling met before is not lowered again:
  // 20,000 notes carry a few distinct tags.
  const knownTags = useMemo(() => {
    const tags = new Map<string, string>()
    const seen = new Set<string>()
    for (const { annotation } of annotations.items) {
      for (const tag of annotation.tags) {
        if (seen.has(tag)) continue
        seen.add(tag)
        const key = tag.toLocaleLowerCase()
        if (!tags.has(key)) tags.set(key, tag)
      }
    }
    return [...tags.values()].sort((a, b) => a.localeCompare(b))
  }, [annotations.items])

  // What the store had to tell on opening (a damaged file moved aside…, notes a new edition
  // moved), once.
  const told = useRef(false)
  useEffect(() => {
    if (told.current || !annotations.placedAtLaunch) return
    told.current = true
    annotations.notices.forEach(onProblem)
    const moved = placementMessage(annotations.placedAtLaunch)
    if (moved) onProblem(moved)
  }, [annotations.notices, annotations.placedAtLaunch, onProblem])

  /**
   * What a selection would highlight, or why it cannot be highlighted. Pure: it is also called
   * while rendering (to decide whether the toolbar shows), so it must never tell the user
   * anything itself. Telling from here once made every render schedule another render: a drag
   * that selected only a space froze the window.
   */
  const targetFor = useCallback(
    (sel: TextSelection | null) => locatedTarget(report, sel, locate),
    [report, locate]
  )

  /** For event handlers: the target and its report, or null after telling the user why not. */
  const targetOrTell = (
    sel: TextSelection | null
  ): { target: TextTarget; report: ProcessedReport } | null => {
    const found = targetFor(sel)
    if ('target' in found) return found
    onToast(found.problem)
    return null
  }

  const openDialog = (draft: AnnotationDraft, action: DialogAction) => {
    setDialogError(null)
    setDialog({ key: Date.now(), draft, action })
  }

  const highlightSelection = async (color: ColorId) => {
    const selection = readSelection(scrollRef.current)
    const found = targetOrTell(selection)
    if (!found || !selection) return
    const created = await annotations.create({
      reportId: found.report.id,
      editionHash: found.report.contentHash,
      target: found.target,
      color,
      note: '',
      tags: []
    })
    if (created) {
      remember({ kind: 'created', id: created.annotation.id, what: 'undo.done.created' })
      clearSelectionIfStill(scrollRef.current, selection)
    }
  }

  const noteOnSelection = () => {
    const selection = readSelection(scrollRef.current)
    if (selection) noteOn(targetOrTell(selection), selection)
    else targetOrTell(null)
  }

  /** From the keyboard: highlight a range (the search hit the reader is on) and write a note. */
  const noteOnRange = (range: { paragraphId: string; start: number; end: number }) =>
    noteOn(targetOrTell({ ...range, place: null }), range)

  const noteOn = (
    found: { target: TextTarget; report: NoteReport } | null,
    selection: SelectionSpan
  ) => {
    if (!found) return
    const { target } = found
    openDialog(
      {
        subject: target.quote.exact,
        kind: 'text',
        color: 'yellow',
        note: '',
        tags: [],
        existing: false
      },
      {
        kind: 'create-text',
        target,
        selection,
        report: { id: found.report.id, contentHash: found.report.contentHash }
      }
    )
  }

  /** A note on a section of the report on screen, or of `inReport` (a comparison's column). */
  const addSectionNote = useCallback(
    (sectionId: string, inReport: ProcessedReport = report) => {
      const heading = inReport.sections.find((s) => s.id === sectionId)?.heading ?? sectionId
      openDialog(
        { subject: heading, kind: 'section', color: 'yellow', note: '', tags: [], existing: false },
        {
          kind: 'create-section',
          sectionId,
          report: { id: inReport.id, contentHash: inReport.contentHash }
        }
      )
    },
    [report]
  )

  const edit = useCallback(
    (id: string) => {
      const view = annotations.items.find((i) => i.annotation.id === id)
      if (!view) return
      const { annotation, anchor } = view
      const sectionId = anchor.status === 'anchored' ? anchor.sectionId : null
      const heading =
        report.sections.find((s) => s.id === sectionId)?.heading ?? view.section?.heading
      openDialog(
        {
          subject:
            annotation.target.kind === 'text'
              ? annotation.target.quote.exact
              : (heading ?? t('sectionNote.section')),
          kind: annotation.target.kind,
          color: annotation.color,
          note: annotation.note,
          tags: annotation.tags,
          existing: true
        },
        { kind: 'edit', id }
      )
    },
    [annotations.items, report, t]
  )

  const piles = useNotePiles({ report, items: annotations.items, itemsInReport, onEdit: edit })

  const closeDialog = useCallback(() => setDialog(null), [])

  /**
   * Saves the dialog. `privacy` (where team notes are available): whether the note was private
   * when the dialog opened, and how to mark it. A note made private is marked before its change is
   * saved, and a new private note is saved as such at once: it never reaches the team folder.
   */
  const saveDialog = async (
    { private: keepPrivate, ...changes }: AnnotationDialogChanges,
    privacy?: NotePrivacy
  ) => {
    if (!dialog) return
    const { action } = dialog
    let done
    if (action.kind === 'edit') {
      const before = annotations.items.find((i) => i.annotation.id === action.id)?.annotation
      const madePrivate = privacy && keepPrivate === true && !privacy.was
      const madeShared = privacy && keepPrivate === false && privacy.was
      if (madePrivate && !(await privacy.set(action.id, true))) return
      done = await annotations.update(action.id, changes)
      if (done && madeShared && !(await privacy.set(action.id, false))) return
      if (done && before) {
        const sameWords = before.note === changes.note && before.tags.join() === changes.tags.join()
        const privacyChanged = madePrivate || madeShared
        remember({
          kind: 'changed',
          id: action.id,
          before: { color: before.color, note: before.note, tags: before.tags },
          ...(privacyChanged && { privacy }),
          what: !sameWords
            ? 'undo.done.note'
            : privacyChanged && before.color === changes.color
              ? 'undo.done.privacy'
              : 'undo.done.colour'
        })
      }
    } else {
      const create = keepPrivate ? annotations.createPrivate : annotations.create
      done = await create({
        reportId: action.report.id,
        editionHash: action.report.contentHash,
        target:
          action.kind === 'create-text'
            ? action.target
            : { kind: 'section', sectionId: action.sectionId },
        ...changes
      })
      if (done) {
        const what = action.kind === 'create-text' ? 'undo.done.created' : 'undo.done.newNote'
        remember({ kind: 'created', id: done.annotation.id, what })
      }
    }
    if (done) {
      setDialog(null)
      if (action.kind === 'create-text') clearSelectionIfStill(scrollRef.current, action.selection)
    }
  }

  const remove = async (id: string) => {
    const removed = await annotations.remove(id)
    if (removed) {
      remember({ kind: 'deleted', view: removed, what: 'undo.done.deleted' })
      setUndo({
        message:
          removed.annotation.target.kind === 'text'
            ? t('undo.highlightDeleted')
            : t('undo.noteDeleted'),
        view: removed
      })
    }
    return removed
  }

  const deleteFromDialog = async () => {
    if (dialog?.action.kind !== 'edit') return
    if (await remove(dialog.action.id)) setDialog(null)
  }

  const undoDelete = async () => {
    if (!undo) return
    const id = undo.view.annotation.id
    undoSteps.current = undoSteps.current.filter(
      (step) => step.kind !== 'deleted' || step.view.annotation.id !== id
    )
    await annotations.restore(undo.view)
    setUndo(null)
  }

  /**
   * Takes back an edit, and whether it made the note private or shared. As in saveDialog, a note
   * is private again before its old words are saved, so they never reach the team folder.
   */
  const undoChange = async ({ id, before, privacy }: Extract<UndoStep, { kind: 'changed' }>) => {
    if (privacy?.was && !(await privacy.set(id, true))) return
    const done = await annotations.update(id, before)
    if (done && privacy && !privacy.was) await privacy.set(id, false)
  }

  /** Ctrl/Cmd+Z: takes back the last change to the notes, and says what it took back. */
  const undoLast = async () => {
    const step = undoSteps.current.pop()
    if (!step) {
      onToast(t('undo.nothing'))
      return
    }
    if (step.kind === 'created') await annotations.remove(step.id)
    else if (step.kind === 'changed') await undoChange(step)
    else {
      await annotations.restore(step.view)
      if (undo?.view.annotation.id === step.view.annotation.id) setUndo(null)
    }
    onToast(t(step.what))
  }

  const reattach = async (view: AnnotationView) => {
    const selected = readSelection(scrollRef.current)
    if (!selected) {
      onToast(t('reattach.selectFirst'))
      return
    }
    const found = targetOrTell(selected)
    if (!found) return
    if (view.annotation.reportId !== found.report.id) {
      onToast(t('reattach.otherReport'))
      return
    }
    // Not an undo step: its old place is in an earlier edition, where main accepts no new place.
    await annotations.update(view.annotation.id, {
      target: found.target,
      editionHash: found.report.contentHash
    })
  }

  const { markIdOf } = piles
  /**
   * Shows the passage `view` is on, its report opened if need be. `markSelector` finds its mark
   * when it is not one of the reader's own (a colleague's note); else its paragraph is shown.
   */
  const goTo = async (view: AnnotationView, markSelector?: string) => {
    if (view.anchor.status !== 'anchored') return
    setPendingJump({ ...view, markSelector })
    if (view.annotation.reportId !== report.id) await onSwitchReport(view.annotation.reportId)
  }

  // Once the note's report is showing, bring the passage into view and focus it.
  useEffect(() => {
    if (
      !pendingJump ||
      pendingJump.annotation.reportId !== report.id ||
      pendingJump.anchor.status !== 'anchored'
    ) {
      return
    }
    const { anchor, annotation, markSelector } = pendingJump
    const frame = requestAnimationFrame(() => {
      // A note in a pile is reached at its pile's mark.
      const mark = document.querySelector<HTMLElement>(
        markSelector ?? `mark[data-annotation-id="${markIdOf(annotation.id)}"]`
      )
      const element =
        mark ?? document.getElementById(anchor.paragraphId ?? `${anchor.sectionId}-heading`)
      element?.scrollIntoView({ block: 'center' })
      ;(mark ?? element)?.focus({ preventScroll: true })
      setPendingJump(null)
    })
    return () => cancelAnimationFrame(frame)
  }, [pendingJump, report.id, markIdOf])

  /** Exports the notes matching `filter` (all of them by default), times in the reader's zone. */
  const exportAs = async (format: 'markdown' | 'json', filter: NotesFilter = {}) => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
    try {
      const result = await api.exportAnnotations(format, { filter, timeZone })
      const title = (id: string) => reports.find((r) => r.id === id)?.metadata.title
      const colorLabels = annotations.colorLabels ?? DEFAULT_COLOR_LABELS
      const text = exportMessage(t, result, notesFilterWords(t, filter, colorLabels, title))
      transfer.set({ text, details: [] })
    } catch (error) {
      transfer.set({ text: (error as Error).message, details: [] })
    }
  }

  const importFile = async () => {
    // Main says how far a long import has got; the last word is the import's own message.
    const stop = api.onImportProgress((progress) =>
      transfer.set(importProgressMessage(t, progress))
    )
    try {
      const result = await api.importAnnotations()
      stop()
      transfer.set(importMessage(t, result))
      if (result.status === 'imported') await annotations.reload()
    } catch (error) {
      stop()
      transfer.set({ text: (error as Error).message, details: [] })
    }
  }

  return {
    items: annotations.items,
    itemsInReport,
    knownTags,
    colorLabels: annotations.colorLabels,
    saveState: annotations.saveState,
    // Offered for any text selected, however long; a passage too long to highlight says so.
    selection:
      selection && 'target' in locatedTarget(report, selection, locate, Infinity)
        ? selection
        : null,
    cannotHighlight: selectionProblem(selection && targetFor(selection)),
    dialog,
    dialogError,
    undo,
    transfer,
    highlightSelection,
    noteOnSelection,
    noteOnRange,
    addSectionNote,
    edit,
    /** A click or Enter on a mark: its note, or the list of the notes piled there. */
    openMark: piles.openMark,
    openSectionNotes: piles.openSection,
    pileChoice: piles.choice,
    choosePiledNote: piles.choose,
    closePile: piles.close,
    closeDialog,
    saveDialog,
    deleteFromDialog,
    remove,
    undoDelete,
    undoLast,
    dismissUndo: useCallback(() => setUndo(null), []),
    reattach,
    goTo,
    exportAs,
    importFile,
    setColorLabels: (labels: ColorLabels) => annotations.setColorLabels(labels),
    retrySave: annotations.retrySave,
    /** Reads the notes again (a team note copied into them in main). */
    reload: annotations.reload
  }
}
