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
import { colorLabelsIn } from '../shared/annotations/color-label'
import { exportMarkdown } from '../shared/annotations/export-markdown'
import { matchesNotesFilter, notesFilterWords } from '../shared/annotations/notes-filter'
import {
  bestNoteHits,
  fieldsOf,
  hasNoteWords,
  keepNoteWords,
  matchNote,
  noteWords,
  notesQuery,
  type ScoredNoteHit
} from '../shared/annotations/search-notes'
import { toWebAnnotationCollection } from '../shared/annotations/web-annotation'
import {
  IpcError,
  type AnnotationChange,
  type AnnotationsSnapshot,
  type AnnotationView,
  type PlacementCounts,
  type ExportOptions,
  type ImportOutcome,
  type ImportProgress,
  type IpcResults,
  LIST_PAGE_CHARS,
  LIST_PAGE_SIZE
} from '../shared/ipc-contract'
import type { Library, ProcessedReport } from '../shared/report-model'
import type { AnnotationStore } from './annotation-store'
import { USER_FILE_MODE, writeFileDurably } from './durable-write'
import { whyFileFailed } from './file-problems'
import { say } from './words'
import {
  runNotesWorker,
  startNotesWorkerFromSource,
  type StartNotesWorker
} from './notes-store/notes-worker-client'
import { pageEnd } from './notes-store/note-pages'
import { NOTES_MESSAGE_CHARS, NOTES_PER_MESSAGE } from './notes-store/notes-worker-protocol'
import { timeSlices } from './time-slices'

/** Native file dialogs, passed in: Electron's in the app, stand-ins in the e2e harness and tests. */
export interface FileDialogs {
  chooseSavePath(defaultName: string, format: 'markdown' | 'json' | 'pdf'): Promise<string | null>
  chooseOpenPath(): Promise<string | null>
}

/** Import files larger than this are refused unread: no real notes file comes near it. */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024

/** Placing and listing many notes gives main's event loop a turn at least this often. */
const PLACING_SLICE_MS = 10

/** Notes whose places are worked out between two checks of the slice's time. */
const VIEWS_PER_STEP = 200

/** Notes searched between two checks of the slice's time. */
const SEARCHED_PER_STEP = 64

/** From this many notes whose words are not read, the notes worker reads them (readNoteWords). */
const WORDS_ON_WORKER = 1_000

/**
 * The user's highlights and notes as the renderer sees them: each with where it anchors in the
 * current edition of its report (or why it cannot), plus export and import. No Electron imports.
 */
export class AnnotationService {
  /** Placing every note in its report's current edition: listings and imports wait for it. */
  private placing: Promise<void>

  private readonly now: () => Date
  private readonly placingSliceMs: number
  private readonly startWorker: StartNotesWorker

  constructor(
    private readonly store: AnnotationStore,
    private readonly library: Library | null,
    private readonly dialogs: FileDialogs,
    options: { now?: () => Date; placingSliceMs?: number; startWorker?: StartNotesWorker } = {}
  ) {
    this.now = options.now ?? (() => new Date())
    this.placingSliceMs = options.placingSliceMs ?? PLACING_SLICE_MS
    this.startWorker = options.startWorker ?? startNotesWorkerFromSource
    this.placing = this.placeAll().then((counts) => {
      this.placedAtLaunch = counts
    })
    this.wordsRead = this.placing.then(() => this.readNoteWords())
  }

  /** Reading every note's words for the search (readNoteWords): a search waits for it. */
  private wordsRead: Promise<void>

  /** What placing the notes did when the app started (see AnnotationsSnapshot). */
  private placedAtLaunch: PlacementCounts = { moved: 0, changed: 0, unplaced: 0 }

  /** The list the window is fetching a page at a time, until its last page. */
  private listing: Annotation[] | null = null

  /** Every note with where it is, worked out a slice at a time. */
  async allViews(): Promise<AnnotationView[]> {
    await this.placing
    return this.viewsInSlices(this.store.list())
  }

  /**
   * A page of the notes with where each is (from `from`, at most LIST_PAGE_SIZE of them and about
   * LIST_PAGE_CHARS characters), and what the window must know besides. The first page takes the
   * list as it is then, and later pages come from that same list, so a change made while the
   * window fetches them moves nothing between pages. A page at a time, the copy sent to the window
   * never holds main for long.
   */
  async snapshot(from = 0): Promise<AnnotationsSnapshot> {
    await this.placing
    if (from === 0 || !this.listing) this.listing = this.store.list()
    const listing = this.listing
    const end = pageEnd(listing, from, { count: LIST_PAGE_SIZE, chars: LIST_PAGE_CHARS })
    const next = end < listing.length ? end : null
    if (next === null) this.listing = null
    return {
      items: await this.viewsInSlices(listing.slice(from, end)),
      next,
      colorLabels: this.store.colorLabels(),
      saveState: this.store.saveState(),
      notices: this.store.notices,
      placedAtLaunch: this.placedAtLaunch
    }
  }

  async create(input: NewAnnotation): Promise<AnnotationChange> {
    this.checkTarget(input.reportId, input.editionHash, input.target)
    return this.changed(await this.store.create(input))
  }

  async update(id: string, changes: AnnotationChanges): Promise<AnnotationChange> {
    if (changes.target) {
      await this.store.loaded
      const current = this.store.get(id)
      if (current) {
        this.checkTarget(
          current.reportId,
          changes.editionHash ?? current.editionHash,
          changes.target
        )
      }
    }
    return this.changed(await this.store.update(id, changes))
  }

  async remove(id: string): Promise<AnnotationChange> {
    return this.changed(await this.store.remove(id))
  }

  async restore(id: string): Promise<AnnotationChange> {
    return this.changed(await this.store.restore(id))
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
    if (!report) throw new IpcError('not-found', say('report.notFound', { id: reportId }))
    if (target.kind === 'section') {
      if (!report.sections.some((s) => s.id === target.sectionId)) {
        throw new IpcError('invalid-payload', say('highlight.noSection'))
      }
      return
    }
    if (editionHash !== report.contentHash) {
      throw new IpcError('invalid-payload', say('highlight.otherEdition'))
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
      throw new IpcError('invalid-payload', say('highlight.outside'))
    }
    if (joined.text.slice(start, end) !== target.quote.exact) {
      throw new IpcError('invalid-payload', say('highlight.mismatch'))
    }
  }

  /**
   * The notes matching what is typed in the search box, a slice at a time: with tens of thousands
   * of long notes reading them all is work, and main keeps answering meanwhile. A search that a
   * newer one (the next keystroke) overtakes stops, and answers nothing: its answer would not be
   * shown.
   */
  async search(query: string): Promise<IpcResults['searchNotes']> {
    const search = ++this.searches
    const read = notesQuery(query)
    if (!read) return []
    await this.store.loaded
    await this.wordsRead
    if (search !== this.searches) return []
    const breathe = timeSlices(this.placingSliceMs)
    const hits: ScoredNoteHit[] = []
    for (const [i, annotation] of this.store.list().entries()) {
      const hit = matchNote(annotation, read)
      if (hit) hits.push(hit)
      if (i % SEARCHED_PER_STEP === SEARCHED_PER_STEP - 1) {
        await breathe()
        if (search !== this.searches) return []
      }
    }
    return bestNoteHits(hits)
  }

  /** Searches started: a search that is not the latest stops. */
  private searches = 0

  /**
   * Reads the words of every note not read yet, ahead of the first search (search-notes.ts keeps
   * them while a note is unchanged): a few on main a slice at a time, many on the notes worker
   * (seconds of work at tens of thousands), their texts sent a small batch at a time, the next
   * once the worker has answered the last (copying them all at once held main 90 ms at 5,000
   * notes on a busy machine). Never rejects: a note whose words are not read is read by the
   * search itself.
   */
  private async readNoteWords(): Promise<void> {
    try {
      const notes = this.store.list().filter((a) => !hasNoteWords(a))
      if (notes.length < WORDS_ON_WORKER) {
        const breathe = timeSlices(this.placingSliceMs)
        for (const [i, annotation] of notes.entries()) {
          noteWords(annotation)
          if (i % SEARCHED_PER_STEP === SEARCHED_PER_STEP - 1) await breathe()
        }
        return
      }
      let at = 0
      const batch = { count: NOTES_PER_MESSAGE, chars: NOTES_MESSAGE_CHARS }
      const nextBatch = () => ({ fields: notes.slice(at, pageEnd(notes, at, batch)).map(fieldsOf) })
      await runNotesWorker(
        this.startWorker,
        { kind: 'words' },
        (message, send) => {
          if (message.type !== 'words') return
          for (const words of message.words) keepNoteWords(notes[at++] as Annotation, words)
          send(at < notes.length ? nextBatch() : { done: true })
        },
        (send) => send(nextBatch())
      )
    } catch {
      // The search reads the words it lacks itself.
    }
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
    await this.store.loaded
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
    // The Markdown file is written in the language the app speaks now, as the window does; its
    // colours by the names the reader sees (the app's own, translated, until they rename them).
    const spoken = colorLabelsIn(say, colorLabels)
    const contents =
      format === 'markdown'
        ? exportMarkdown(annotations, library, anchorAll(annotations, library), spoken, {
            t: say,
            timeZone,
            chosen: notesFilterWords(say, filter, spoken, title) || null
          })
        : `${JSON.stringify(toWebAnnotationCollection(annotations, library, colorLabels), null, 2)}\n`
    try {
      await writeFileDurably(path, contents, { mode: USER_FILE_MODE })
    } catch (error) {
      throw new IpcError(
        'failed',
        say('notes.exportFailed', { path, reason: whyFileFailed(error, 'writing') })
      )
    }
    return { status: 'saved', path, count: annotations.length }
  }

  /**
   * Imports a Web Annotation file the reader chooses. The file is read and every item checked on
   * the notes worker (a thread of its own), the notes added and written a batch at a time in
   * slices, so main answers the window throughout; `onProgress` hears how far it got.
   */
  async import(
    onProgress: (progress: ImportProgress) => void = () => undefined
  ): Promise<ImportOutcome> {
    const path = await this.dialogs.chooseOpenPath()
    if (!path) return { status: 'cancelled' }
    const annotations: Annotation[] = []
    let refused: string | null = null
    let invalid = 0
    let problems: { index: number; reason: string }[] = []
    try {
      await runNotesWorker(
        this.startWorker,
        { kind: 'import', path, maxBytes: MAX_IMPORT_BYTES },
        (message) => {
          if (message.type === 'notes') for (const a of message.annotations) annotations.push(a)
          else if (message.type === 'progress') {
            onProgress({ stage: 'checking', done: message.done, total: message.total })
          } else if (message.type === 'import-refused') refused = message.message
          else if (message.type === 'import-end') {
            invalid = message.invalidCount
            problems = message.problems
          }
        }
      )
    } catch (error) {
      refused = say('import.notRead', { path, reason: (error as Error).message })
    }
    if (refused !== null)
      return { status: 'unreadable', message: `${refused} ${say('import.nothingImported')}` }
    await this.placing
    const { imported, skipped } = await this.store.importMany(
      annotations,
      annotationKey,
      (done, total) => onProgress({ stage: 'saving', done, total })
    )
    // Imported notes are placed in the current editions now, once, not at every launch.
    if (imported > 0) {
      this.placing = this.placeAll().then(() => undefined)
      await this.placing
      // And their words read for the search now, on the worker, not by the first search after
      // the import on main (20,000 long notes held a search for seconds). Not waited for here.
      const before = this.wordsRead
      this.wordsRead = before.then(() => this.readNoteWords())
    }
    return {
      status: 'imported',
      imported,
      skipped,
      invalid,
      problems: problems.map((p) => say('refusal.item', { number: p.index + 1, reason: p.reason }))
    }
  }

  /**
   * Places every note not yet settled in its report's current edition (placement.ts) and keeps
   * the results (each segment touched written once), so the search is done once per edition, not
   * at every launch. Gives
   * the event loop a turn every few milliseconds: main, and so the window, never freeze, however
   * many notes there are. Never rejects: a note it cannot place is simply placed at listing.
   */
  private async placeAll(): Promise<PlacementCounts> {
    const counts = { moved: 0, changed: 0, unplaced: 0 }
    await this.store.loaded
    if (!this.library) return counts
    const reports = new Map<string, ProcessedReport>(this.library.reports.map((r) => [r.id, r]))
    const movedAt = this.now().toISOString()
    const placements: { before: Annotation; after: Annotation }[] = []
    const breathe = timeSlices(this.placingSliceMs)
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
        await breathe()
      }
      await this.store.applyPlacements(placements)
    } catch {
      // Listing anchors each note itself; nothing is lost by not keeping the places.
    }
    return counts
  }

  /** views() of many notes, a step at a time, giving main's event loop a turn between slices. */
  private async viewsInSlices(annotations: Annotation[]): Promise<AnnotationView[]> {
    const breathe = timeSlices(this.placingSliceMs)
    const views: AnnotationView[] = []
    for (let at = 0; at < annotations.length; at += VIEWS_PER_STEP) {
      for (const view of this.views(annotations.slice(at, at + VIEWS_PER_STEP))) views.push(view)
      await breathe()
    }
    return views
  }

  private views(annotations: Annotation[]): AnnotationView[] {
    return annotationViews(annotations, this.library)
  }

  private requireLibrary(): Library {
    if (!this.library) throw new IpcError('failed', say('report.contentUnavailable'))
    return this.library
  }
}

/**
 * Each note with where it sits in the current edition of its report, or why it cannot be placed,
 * and the section it is in (team layers are placed the same way as the reader's own notes).
 */
export function annotationViews(
  annotations: readonly Annotation[],
  library: Library | null
): AnnotationView[] {
  const anchors = library ? anchorAll(annotations, library) : new Map()
  const reportsById = new Map<string, ProcessedReport | undefined>()
  const reportOf = (id: string) => {
    if (!reportsById.has(id))
      reportsById.set(
        id,
        library?.reports.find((r) => r.id === id)
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
      reason: { code: 'contentUnavailable' }
    }
    return { annotation, anchor, section: sectionOf(annotation, anchor) }
  })
}
