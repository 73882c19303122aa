import { readFile, stat } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import type {
  Annotation,
  AnnotationChanges,
  AnnotationTarget,
  NewAnnotation
} from '../shared/annotations/annotation-model'
import { annotationKey } from '../shared/annotations/annotation-key'
import { anchorAll, type Anchor } from '../shared/annotations/anchoring'
import { formerSection, lastMove } from '../shared/annotations/edition-change'
import { placeInEdition } from '../shared/annotations/placement'
import { joinedOffset, reportText } from '../shared/annotations/report-text'
import { exportMarkdown } from '../shared/annotations/export-markdown'
import { matchesNotesFilter, notesFilterWords } from '../shared/annotations/notes-filter'
import { searchNotes } from '../shared/annotations/search-notes'
import {
  fromWebAnnotationJson,
  toWebAnnotationCollection
} from '../shared/annotations/web-annotation'
import {
  IpcError,
  type AnnotationChange,
  type AnnotationsSnapshot,
  type AnnotationView,
  type PlacementCounts,
  type ExportOptions,
  type ImportOutcome,
  type IpcResults
} from '../shared/ipc-contract'
import type { Library, ProcessedReport } from '../shared/report-model'
import type { AnnotationStore } from './annotation-store'
import { whyFileFailed, writeWholeFile } from './file-problems'

/** Native file dialogs, passed in: Electron's in the app, stand-ins in the e2e harness and tests. */
export interface FileDialogs {
  chooseSavePath(defaultName: string, format: 'markdown' | 'json' | 'pdf'): Promise<string | null>
  chooseOpenPath(): Promise<string | null>
}

/** Import files larger than this are refused unread: no real notes file comes near it. */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024

/** Placing notes in new editions gives main's event loop a turn at least this often. */
const PLACING_SLICE_MS = 10

/**
 * The user's highlights and notes as the renderer sees them: each with where it anchors in the
 * current edition of its report (or why it cannot), plus export and import. No Electron imports.
 */
export class AnnotationService {
  /** Placing every note in its report's current edition: listings and imports wait for it. */
  private placing: Promise<void>

  private readonly now: () => Date
  private readonly placingSliceMs: number

  constructor(
    private readonly store: AnnotationStore,
    private readonly library: Library | null,
    private readonly dialogs: FileDialogs,
    options: { now?: () => Date; placingSliceMs?: number } = {}
  ) {
    this.now = options.now ?? (() => new Date())
    this.placingSliceMs = options.placingSliceMs ?? PLACING_SLICE_MS
    this.placing = this.placeAll().then((counts) => {
      this.placedAtLaunch = counts
    })
  }

  /** What placing the notes did when the app started (see AnnotationsSnapshot). */
  private placedAtLaunch: PlacementCounts = { moved: 0, changed: 0, unplaced: 0 }

  async snapshot(): Promise<AnnotationsSnapshot> {
    await this.placing
    return {
      items: this.views(this.store.list()),
      colorLabels: this.store.colorLabels(),
      saveState: this.store.saveState(),
      notices: this.store.notices,
      placedAtLaunch: this.placedAtLaunch
    }
  }

  create(input: NewAnnotation): AnnotationChange {
    this.checkTarget(input.reportId, input.editionHash, input.target)
    return this.changed(this.store.create(input))
  }

  update(id: string, changes: AnnotationChanges): AnnotationChange {
    if (changes.target) {
      const current = this.store.list().find((a) => a.id === id)
      if (current) {
        this.checkTarget(
          current.reportId,
          changes.editionHash ?? current.editionHash,
          changes.target
        )
      }
    }
    return this.changed(this.store.update(id, changes))
  }

  remove(id: string): AnnotationChange {
    return this.changed(this.store.remove(id))
  }

  restore(id: string): AnnotationChange {
    return this.changed(this.store.restore(id))
  }

  private changed(annotation: Annotation): AnnotationChange {
    const [item] = this.views([annotation])
    return { item: item as AnnotationView, saveState: this.store.saveState() }
  }

  /**
   * A new place for a note must be in the report as the app has it now: its section or paragraph
   * exists, and a highlight's offsets lie inside the paragraph and hold the quoted text.
   */
  private checkTarget(reportId: string, editionHash: string, target: AnnotationTarget): void {
    const report = this.library?.reports.find((r) => r.id === reportId)
    if (!report) throw new IpcError('not-found', `There is no report "${reportId}" in this app.`)
    const again = 'Select the passage again.'
    if (target.kind === 'section') {
      if (!report.sections.some((s) => s.id === target.sectionId)) {
        throw new IpcError('invalid-payload', 'That section is not in this report.')
      }
      return
    }
    if (editionHash !== report.contentHash) {
      throw new IpcError(
        'invalid-payload',
        `The highlight was made on another edition of the report. ${again}`
      )
    }
    // One paragraph or several: both ends in the report's text, in reading order, holding the quote.
    const joined = reportText(report)
    const start = joinedOffset(joined, {
      paragraphId: target.paragraphId,
      offset: target.position.start
    })
    const end = joinedOffset(joined, {
      paragraphId: target.endParagraphId ?? target.paragraphId,
      offset: target.position.end
    })
    if (start === undefined || end === undefined || end <= start) {
      throw new IpcError(
        'invalid-payload',
        `The highlight is not inside the report's text. ${again}`
      )
    }
    if (joined.text.slice(start, end) !== target.quote.exact) {
      throw new IpcError(
        'invalid-payload',
        `The highlight does not match the report's text. ${again}`
      )
    }
  }

  search(query: string): IpcResults['searchNotes'] {
    return searchNotes(this.store.list(), query)
  }

  /**
   * Writes the notes that match the filter, as Markdown or Web Annotation JSON, to a file the
   * reader chooses. When none match, nothing is asked or written (`empty`). The file is written
   * whole or not at all; a failure says why in words and that nothing was written.
   */
  async export(
    format: 'markdown' | 'json',
    { filter, timeZone }: ExportOptions
  ): Promise<IpcResults['exportAnnotations']> {
    const annotations = this.store.list().filter((a) => matchesNotesFilter(a, filter))
    if (annotations.length === 0) return { status: 'empty' }
    const path = await this.dialogs.chooseSavePath(
      format === 'markdown' ? 'notes.md' : 'notes.annotations.json',
      format
    )
    if (!path) return { status: 'cancelled' }
    const library = this.requireLibrary()
    const colorLabels = this.store.colorLabels()
    const title = (id: string) => library.reports.find((r) => r.id === id)?.metadata.title
    const words = notesFilterWords(filter, colorLabels, title)
    const contents =
      format === 'markdown'
        ? exportMarkdown(annotations, library, anchorAll(annotations, library), colorLabels, {
            timeZone,
            chosen: words ? `the notes ${words}` : null
          })
        : `${JSON.stringify(toWebAnnotationCollection(annotations, library, colorLabels), null, 2)}\n`
    try {
      await writeWholeFile(path, contents)
    } catch (error) {
      throw new IpcError(
        'failed',
        `The notes could not be saved to ${path}: ${whyFileFailed(error, 'writing')}. Nothing was written; choose another folder.`
      )
    }
    return { status: 'saved', path, count: annotations.length }
  }

  async import(): Promise<ImportOutcome> {
    const path = await this.dialogs.chooseOpenPath()
    if (!path) return { status: 'cancelled' }
    let text: string
    try {
      if ((await stat(path)).size > MAX_IMPORT_BYTES) {
        return {
          status: 'unreadable',
          message: `${path} is too large to be a notes file. Nothing was imported.`
        }
      }
      text = await readFile(path, 'utf8')
    } catch (error) {
      return {
        status: 'unreadable',
        message: `${path} could not be opened: ${whyFileFailed(error, 'reading')}. Nothing was imported.`
      }
    }
    const parsed = fromWebAnnotationJson(text)
    if ('error' in parsed)
      return { status: 'unreadable', message: `${parsed.error} Nothing was imported.` }
    await this.placing
    const { imported, skipped } = this.store.importMany(parsed.annotations, annotationKey)
    // Imported notes are placed in the current editions now, once, not at every launch.
    if (imported > 0) {
      this.placing = this.placeAll().then(() => undefined)
      await this.placing
    }
    return {
      status: 'imported',
      imported,
      skipped,
      invalid: parsed.invalid.length,
      problems: parsed.invalid.slice(0, 20).map((p) => `Item ${p.index + 1}: ${p.reason}`)
    }
  }

  /**
   * Places every note not yet settled in its report's current edition (placement.ts) and keeps
   * the results in one write, so the search is done once per edition, not at every launch. Gives
   * the event loop a turn every few milliseconds: main, and so the window, never freeze, however
   * many notes there are. Never rejects: a note it cannot place is simply placed at listing.
   */
  private async placeAll(): Promise<PlacementCounts> {
    const counts = { moved: 0, changed: 0, unplaced: 0 }
    if (!this.library) return counts
    const reports = new Map<string, ProcessedReport>(this.library.reports.map((r) => [r.id, r]))
    const movedAt = this.now().toISOString()
    const placements: { before: Annotation; after: Annotation }[] = []
    let sliceStart = performance.now()
    try {
      for (const annotation of this.store.list()) {
        const report = reports.get(annotation.reportId)
        if (!report) continue
        const placement = placeInEdition(annotation, report, movedAt)
        if (placement.kind !== 'settled') {
          placements.push({ before: annotation, after: placement.annotation })
          const change = placement.kind === 'moved' ? lastMove(placement.annotation) : null
          if (placement.kind === 'unplaced') counts.unplaced++
          else if (change?.kind === 'changed') counts.changed++
          else counts.moved++
        }
        if (performance.now() - sliceStart >= this.placingSliceMs) {
          await new Promise((resolve) => setImmediate(resolve))
          sliceStart = performance.now()
        }
      }
      this.store.applyPlacements(placements)
    } catch {
      // Listing anchors each note itself; nothing is lost by not keeping the places.
    }
    return counts
  }

  private views(annotations: Annotation[]): AnnotationView[] {
    const anchors = this.library ? anchorAll(annotations, this.library) : new Map()
    const reportsById = new Map<string, ProcessedReport | undefined>()
    const reportOf = (id: string) => {
      if (!reportsById.has(id))
        reportsById.set(
          id,
          this.library?.reports.find((r) => r.id === id)
        )
      return reportsById.get(id)
    }
    const sectionOf = (annotation: Annotation, anchor: Anchor): AnnotationView['section'] => {
      // Anchoring has read this report already.
      const report = reportOf(annotation.reportId)
      if (anchor.status === 'anchored') {
        const index = report?.sections.findIndex((s) => s.id === anchor.sectionId) ?? -1
        const section = report?.sections[index]
        return section ? { heading: section.heading, index } : null
      }
      if (!report) return null
      const { target } = annotation
      const heading = formerSection(
        report,
        target.kind === 'text' ? target.paragraphId : target.sectionId
      )
      return { heading, index: null }
    }
    return annotations.map((annotation) => {
      const anchor: Anchor = anchors.get(annotation.id) ?? {
        status: 'orphan',
        reason: 'The report content is not available.'
      }
      return { annotation, anchor, section: sectionOf(annotation, anchor) }
    })
  }

  private requireLibrary(): Library {
    if (!this.library) throw new IpcError('failed', 'The report content could not be opened.')
    return this.library
  }
}
