import { randomUUID } from 'node:crypto'
import { rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import * as v from 'valibot'
import {
  AnnotationSchema,
  ColorLabelsSchema,
  DEFAULT_COLOR_LABELS,
  LIMITS,
  type Annotation,
  type AnnotationChanges,
  type ColorLabels,
  type NewAnnotation,
  type SaveState
} from '../shared/annotations/annotation-model'
import { IpcError } from '../shared/ipc-contract'
import { CoalescedFile } from './coalesced-file'
import { removeInterruptedWrites, syncFolder, writeFileDurably } from './durable-write'
import { LEGACY_NAME, readLegacyNotes } from './notes-store/legacy-notes'
import { loadNotesFolder } from './notes-store/load-notes-folder'
import { INDEX_NAME, notesIndexText, readNotesIndex } from './notes-store/notes-index'
import {
  startNotesWorkerFromSource,
  type StartNotesWorker
} from './notes-store/notes-worker-client'
import { SEGMENT_CHARS, segmentReadLimit } from './notes-store/segment-file'
import { charsOf, entryCharsOf, Segment } from './notes-store/segment'
import type { AsideFile } from './notes-store/set-aside'
import { say } from './words'
import { isDiskFull, retrySentence, RetryTimer, whyNotWritten } from './save-retry'
import {
  describeError,
  ensurePrivateDir,
  folderProblem,
  prepareStoreFile,
  RefusedWrite,
  refuseUnsafeWrite
} from './store-files'
import { timeSlices } from './time-slices'

export type { SaveState }

export interface AnnotationStoreOptions {
  now?: () => Date
  newId?: () => string
  /** Waits between automatic retries of a failed write; the last one repeats for ever. */
  retryDelaysMs?: number[]
  /** The most the notes may take, in characters of JSON (tests set a small one). */
  maxFileChars?: number
  /** How full a segment file gets before new notes go to the next (tests set a small one). */
  segmentChars?: number
  /** Long work on main (opening, importing) gives the event loop a turn this often. */
  sliceMs?: number
  /** Starts the thread that reads notes files (the built worker in the app). */
  startWorker?: StartNotesWorker
}

/** The folder, in the user-data folder, of the notes: `notes/<report id>/<n>.json`. */
export const NOTES_DIR = 'notes'

/**
 * All the notes together stay below this, in characters of JSON: well over 100,000 ordinary
 * notes (10,000 take 7 MB), and what main can hold and list without strain.
 */
export const DEFAULT_MAX_FILE_CHARS = 100 * 1024 * 1024

/** Deleted notes that Undo can bring back, newest last. */
const UNDO_DEPTH = 100
/** Main's slices of long work. */
const SLICE_MS = 8
/** Imported notes are added and written this many at a time, each batch said as progress. */
const IMPORT_BATCH = 1000

/**
 * The user's highlights and notes: electron-store files in `notes/` in the user-data folder, one
 * folder per report, its notes in segments of about 256 KB (notes-store/segment-file.ts), and the
 * colour names in `notes/notes.json`. Main is the only writer (single-instance lock).
 *
 * A change is made in memory at once and written to the one segment it touches (writeFileDurably:
 * whole, fsynced, renamed; changes that come while a write is under way are written together by
 * the next); the call resolves once that write has landed or failed, and saveState() says which.
 * So a change costs the same with 100 notes or 50,000, and nothing is acknowledged that is not on
 * disk. Opening reads a segment at a time, letting main answer the window in between.
 *
 * Nothing the user wrote is ever dropped:
 * - A segment that cannot be read is moved aside (`<n>.corrupt-<time>.json`, `<n>.newer-v<N>-…`)
 *   and the user is told; invalid records are kept, with the reason, in `<n>.invalid-<time>.json`
 *   before the segment is written without them.
 * - The single `annotations.json` of earlier versions (formats 0–3) is read on the notes worker,
 *   its notes written into the folder, and only then moved, unchanged, to
 *   `annotations.v<N>-<time>.json`. An interrupted move is finished at the next start.
 * - A failed write (a full disk, no permission, EPERM from antivirus) keeps the change in memory,
 *   is reported by saveState() in plain words, and is retried on a backoff timer until a write
 *   succeeds (or now, with retryNow()); nothing on disk is changed by a write that fails.
 * - A file is never written through a link, nor over one the user made read-only; files are
 *   private (0600) and folders the app makes 0700.
 * - A change that would take the notes past their limits is refused, with a message, and not made.
 */
export class AnnotationStore {
  /** Messages for the user about what happened while opening the notes. */
  readonly notices: string[]
  /** Why the user-data folder cannot be used at all (nothing is saved this session), or null. */
  readonly unavailable: string | null
  /**
   * Resolves once every note is read (start() reads them after it returns, a slice at a time).
   * Never rejects: what cannot be read is said in `notices`. Changes and listings wait for it.
   */
  readonly loaded: Promise<void>
  private readonly folder: string
  private readonly now: () => Date
  private readonly newId: () => string
  private readonly maxFileChars: number
  private readonly segmentChars: number
  private readonly sliceMs: number
  private items: Annotation[] = []
  /** Whether every note is read (`loaded` has resolved). */
  private ready = false
  /** The segment of each note, by id: also which ids are taken. */
  private readonly segmentOf = new Map<string, Segment>()
  private readonly byReport = new Map<string, Segment[]>()
  /** The highest segment number taken per report, files that cannot be used included. */
  private readonly highest: Map<string, number>
  private labels: ColorLabels
  private migrated: string[]
  private readonly index: CoalescedFile
  /** Set aside records, written before anything else is. */
  private asideFiles: AsideFile[]
  private writingAside: Promise<void> | null = null
  /** A legacy notes file to move aside once all its notes are on disk. */
  private retire: { from: string; to: string } | null = null
  /** Why nothing may be written at all, or null. */
  private blockedReason: string | null
  private lastError: unknown = null
  private failedPath = ''
  private readonly retry: RetryTimer
  private closed = false
  /** What Undo may restore: the notes deleted this session, by id. */
  private readonly deleted = new Map<string, Annotation>()
  /** Counts the times notes moved in `items` (one taken out or put back in between others). */
  private shifts = 0

  private constructor(
    init: {
      folder: string
      options: AnnotationStoreOptions
      labels: ColorLabels
      migrated: string[]
      indexWritable: boolean
      notices: string[]
      unavailable: string | null
    },
    /** Reads the notes into the store just made (nothing, when the folder cannot be used). */
    load: (store: AnnotationStore) => Promise<void>
  ) {
    const { options } = init
    this.folder = init.folder
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? randomUUID
    this.maxFileChars = options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS
    this.segmentChars = options.segmentChars ?? SEGMENT_CHARS
    this.sliceMs = options.sliceMs ?? SLICE_MS
    this.highest = new Map()
    this.labels = init.labels
    this.migrated = init.migrated
    this.notices = init.notices
    this.asideFiles = []
    this.unavailable = init.unavailable
    this.blockedReason = init.unavailable
      ? `${init.unavailable} Your notes cannot be saved: changes you make now are kept only while the app is open.`
      : null
    this.index = this.guarded(
      new CoalescedFile(join(init.folder, `${INDEX_NAME}.json`), () =>
        notesIndexText(this.labels, this.migrated)
      ),
      init.indexWritable
    )
    this.retry = new RetryTimer(() => void this.persist(this.unsavedFiles()), options.retryDelaysMs)
    // After the caller's own synchronous work (the app makes its window first).
    this.loaded = Promise.resolve(this)
      .then(load)
      .then(
        () => void (this.ready = true),
        (error: unknown) => {
          // Not expected (files that cannot be read are set aside and said): nothing is written
          // over notes that were not all read, and the user is told.
          this.blockedReason = say('notes.unreadable', {
            reason: describeError(error),
            folder: this.folder
          })
          this.notices.push(this.blockedReason)
          this.ready = true
        }
      )
  }

  /** Opens the notes and reads every one of them (start(), then `loaded`). */
  static async open(
    userDataDir: string,
    options: AnnotationStoreOptions = {}
  ): Promise<AnnotationStore> {
    const store = AnnotationStore.start(userDataDir, options)
    await store.loaded
    return store
  }

  /**
   * Opens the notes folder and returns at once, before any note is read: the window can open
   * meanwhile. The notes are read after this returns, a segment at a time with main's event loop
   * answering in between (`loaded` says when they all are); every change and listing waits for
   * them. What only the index holds (the colour names, whether the folder can be used) is here
   * already.
   */
  static start(userDataDir: string, options: AnnotationStoreOptions = {}): AnnotationStore {
    const now = options.now ?? (() => new Date())
    const folder = join(userDataDir, NOTES_DIR)
    const legacyFile = join(userDataDir, `${LEGACY_NAME}.json`)
    const empty = {
      folder,
      options,
      migrated: [],
      indexWritable: false,
      notices: []
    }
    const prepared = prepareStoreFile(
      userDataDir,
      legacyFile,
      { store: LEGACY_NAME, what: 'notes' },
      now
    )
    let problem = 'problem' in prepared ? prepared.problem : null
    // A folder that can be read but not written (a read-only disk): the notes are shown, and the
    // user is told at once that changes cannot be saved; nothing there is changed.
    const readOnly = 'readOnly' in prepared ? prepared.readOnly : null
    if (!problem && !readOnly) {
      try {
        ensurePrivateDir(folder)
      } catch (error) {
        problem = folderProblem(folder, error)
      }
    }
    if (problem) {
      // Nothing can be read or written: the app starts, keeps changes in memory and says why.
      return new AnnotationStore(
        { ...empty, labels: { ...DEFAULT_COLOR_LABELS }, unavailable: problem },
        async () => undefined
      )
    }
    if (!readOnly) {
      removeInterruptedWrites(userDataDir, (name) => name.startsWith(`${LEGACY_NAME}.`))
      removeInterruptedWrites(folder)
    }
    const index = readNotesIndex(folder, now)
    return new AnnotationStore(
      {
        ...empty,
        labels: index.colorLabels,
        migrated: index.migrated,
        indexWritable: index.writable,
        notices: [...('notices' in prepared ? prepared.notices : []), ...index.notices],
        unavailable: readOnly
      },
      async (store) => {
        await store.readFolder(options.sliceMs ?? SLICE_MS)
        await store.moveInLegacy(userDataDir, legacyFile, {
          now,
          startWorker: options.startWorker ?? startNotesWorkerFromSource,
          keepLabels: !index.fresh
        })
        store.sortByCreation()
        // On a read-only disk what was read is shown as it is: nothing of it is a change to save.
        if (readOnly) for (const file of store.unsavedFiles()) file.forget()
        await store.persist(store.unsavedFiles())
      }
    )
  }

  /** All annotations, oldest first. Treat them as read-only. Only once `loaded` has resolved. */
  list(): Annotation[] {
    this.ensureLoaded()
    return [...this.items]
  }

  /** One note by id, if there is one. Only once `loaded` has resolved. */
  get(id: string): Annotation | undefined {
    this.ensureLoaded()
    if (!this.segmentOf.has(id)) return undefined
    return this.segmentOf.get(id)?.notes.get(id)
  }

  colorLabels(): ColorLabels {
    return { ...this.labels }
  }

  async create(input: NewAnnotation): Promise<Annotation> {
    await this.loaded
    this.ensureRoomFor(1)
    const at = this.now().toISOString()
    const annotation = this.check({
      id: this.freshId(),
      reportId: input.reportId,
      editionHash: input.editionHash,
      target: input.target,
      color: input.color,
      note: input.note,
      tags: input.tags,
      createdAt: at,
      updatedAt: at
    })
    this.ensureFileRoom(entryCharsOf(annotation), say('notes.noteNotSaved'))
    this.items.push(annotation)
    await this.persist([this.add(annotation)])
    return annotation
  }

  async update(id: string, changes: AnnotationChanges): Promise<Annotation> {
    await this.loaded
    const index = this.indexOf(id)
    const current = this.items[index] as Annotation
    const next = this.check({
      ...current,
      ...(changes.color !== undefined && { color: changes.color }),
      ...(changes.note !== undefined && { note: changes.note }),
      ...(changes.tags !== undefined && { tags: changes.tags }),
      ...(changes.target !== undefined && { target: changes.target }),
      ...(changes.editionHash !== undefined && { editionHash: changes.editionHash }),
      updatedAt: this.now().toISOString()
    })
    // Re-attached by the user: placed, whatever the search for it found.
    if (changes.target !== undefined) delete next.unplacedIn
    this.ensureFileRoom(charsOf(next) - charsOf(current), say('notes.changeNotSaved'))
    this.items[index] = next
    await this.persist([this.replace(next)])
    return next
  }

  async remove(id: string): Promise<Annotation> {
    await this.loaded
    const index = this.indexOf(id)
    const removed = this.items[index] as Annotation
    this.items.splice(index, 1)
    this.shifts++
    this.deleted.delete(id)
    this.deleted.set(id, removed)
    if (this.deleted.size > UNDO_DEPTH)
      this.deleted.delete(this.deleted.keys().next().value as string)
    const segment = this.segmentOf.get(id) as Segment
    segment.delete(removed)
    this.segmentOf.delete(id)
    segment.file.changed()
    await this.persist([segment.file])
    return removed
  }

  /**
   * Undo of remove: puts a note deleted this session back as it was (same id and times), in its
   * place by creation time. Only what was deleted can come back; restoring one that is already
   * there changes nothing.
   */
  async restore(id: string): Promise<Annotation> {
    await this.loaded
    const existing = this.segmentOf.has(id) ? this.items.find((a) => a.id === id) : undefined
    if (existing) return existing
    const deleted = this.deleted.get(id)
    if (!deleted) {
      throw new IpcError('not-found', say('notes.cannotRestore'))
    }
    this.ensureRoomFor(1)
    const restored = this.check(deleted)
    this.ensureFileRoom(entryCharsOf(restored), say('notes.noteNotRestored'))
    const after = this.items.findIndex((a) => a.createdAt > restored.createdAt)
    this.items.splice(after === -1 ? this.items.length : after, 0, restored)
    this.shifts++
    this.deleted.delete(id)
    await this.persist([this.add(restored)])
    return restored
  }

  async setColorLabels(labels: ColorLabels): Promise<ColorLabels> {
    await this.loaded
    const result = v.safeParse(ColorLabelsSchema, labels)
    if (!result.success) {
      throw new IpcError('invalid-payload', `Invalid colour names: ${result.issues[0].message}`)
    }
    this.labels = result.output
    this.index.changed()
    await this.persist([this.index])
    return this.colorLabels()
  }

  /**
   * Adds the annotations that are not duplicates: a duplicate has the id or the `keyOf` of one
   * already there or imported before it in the same call. They must have passed AnnotationSchema
   * (the notes worker checks an import's items). Refuses the whole import, changing nothing, if it
   * would pass the count or size limits. The work is cut into slices, and the notes added and
   * written IMPORT_BATCH at a time, `onProgress` told after each batch is on disk (or failed).
   */
  async importMany(
    annotations: Annotation[],
    keyOf: (a: Annotation) => string,
    onProgress: (done: number, total: number) => void = () => undefined
  ): Promise<{ imported: number; skipped: number }> {
    await this.loaded
    const breathe = timeSlices(this.sliceMs)
    const keys = new Set<string>()
    for (const [i, existing] of this.items.entries()) {
      keys.add(keyOf(existing))
      if (i % 256 === 255) await breathe()
    }
    const ids = new Set(this.segmentOf.keys())
    const added: Annotation[] = []
    let chars = 0
    for (const [i, candidate] of annotations.entries()) {
      const key = keyOf(candidate)
      if (!ids.has(candidate.id) && !keys.has(key)) {
        added.push(candidate)
        ids.add(candidate.id)
        keys.add(key)
        chars += entryCharsOf(candidate)
      }
      if (i % 256 === 255) await breathe()
    }
    const total = this.items.length + added.length
    if (total > LIMITS.annotationCount) {
      throw new IpcError(
        'failed',
        say('notes.importOverLimit', { total, limit: LIMITS.annotationCount })
      )
    }
    this.ensureFileRoom(chars, say('notes.importTooBig'))
    let imported = 0
    for (let at = 0; at < added.length; at += IMPORT_BATCH) {
      const files = new Set<CoalescedFile>()
      for (const annotation of added.slice(at, at + IMPORT_BATCH)) {
        // A note with its id made in the meantime (by the user, while this ran) is kept as it is.
        if (this.segmentOf.has(annotation.id)) continue
        this.items.push(annotation)
        files.add(this.add(annotation))
        imported++
        if (imported % 256 === 0) await breathe()
      }
      await this.persist([...files])
      onProgress(Math.min(at + IMPORT_BATCH, added.length), added.length)
    }
    return { imported, skipped: annotations.length - imported }
  }

  /**
   * Keeps where notes were placed in the current editions (placement.ts), writing each segment
   * touched once. A note changed or deleted since its placement was worked out is left as it is
   * now. Does not touch updatedAt: the app moved the note, the user did not edit it. Returns how
   * many it kept.
   */
  async applyPlacements(placements: { before: Annotation; after: Annotation }[]): Promise<number> {
    await this.loaded
    const breathe = timeSlices(this.sliceMs)
    // Still as placed: not changed or deleted since (checked again as each is kept, as the user
    // may change notes between slices).
    const current = ({ before, after }: { before: Annotation; after: Annotation }) =>
      after.id === before.id && this.segmentOf.get(before.id)?.notes.get(before.id) === before
    let chars = 0
    const apply: { before: Annotation; after: Annotation }[] = []
    for (const [i, placement] of placements.entries()) {
      if (current(placement)) {
        // Not validated again (a sixth of a second at 10,000 notes): placement.ts builds `after`
        // from a stored note and selectors made by textTargetFor, within the limits.
        apply.push(placement)
        chars += charsOf(placement.after) - charsOf(placement.before)
      }
      if (i % 256 === 255) await breathe()
    }
    // Places are worked out again at the next launch if they do not fit: never an error.
    if (apply.length === 0 || this.totalChars() + chars > this.maxFileChars) return 0
    const files = new Set<CoalescedFile>()
    let index = this.positions()
    let kept = 0
    for (const [i, placement] of apply.entries()) {
      if (current(placement)) {
        if (index.shifts !== this.shifts) index = this.positions()
        const at = index.of.get(placement.before.id) as number
        this.items[at] = placement.after
        files.add(this.replace(placement.after))
        kept++
      }
      if (i % 256 === 255) await breathe()
    }
    await this.persist([...files])
    return kept
  }

  /**
   * Where each note is in `items`, by id, as of `shifts`: good until a note is taken out of the
   * list or put back into it (which moves those after it).
   */
  private positions(): { of: Map<string, number>; shifts: number } {
    return { of: new Map(this.items.map((a, i) => [a.id, i])), shifts: this.shifts }
  }

  saveState(): SaveState {
    const unsavedChanges = Math.max(this.unsavedChanges(), 1)
    if (this.blockedReason) {
      if (this.unsavedChanges() === 0) return { state: 'saved' }
      return { state: 'failed', message: this.blockedReason, unsavedChanges }
    }
    // Writes under way are not failures: a change is acknowledged once its write has landed.
    if (this.lastError === null || this.unsavedChanges() === 0) return { state: 'saved' }
    const cause =
      this.lastError instanceof RefusedWrite
        ? this.lastError.message
        : whyNotWritten(this.lastError, this.failedPath)
    const kept = isDiskFull(this.lastError) ? '' : ` ${say('save.keptInMemory')}`
    if (this.retry.waiting) {
      return { state: 'retrying', message: `${cause}${kept} ${retrySentence()}`, unsavedChanges }
    }
    return { state: 'failed', message: `${cause}${kept}`, unsavedChanges }
  }

  /** Tries to write what is not on disk now (the Retry button). */
  async retryNow(): Promise<SaveState> {
    await this.loaded
    await this.persist(this.unsavedFiles())
    return this.saveState()
  }

  /** Writes what is not on disk yet and waits for it (before the app quits). */
  async flush(): Promise<SaveState> {
    return this.retryNow()
  }

  /** Stops retrying. Unsaved changes stay in memory (saveState() reports them). */
  close(): void {
    this.closed = true
    this.retry.stop()
  }

  /** Reads the notes folder into the store (load-notes-folder.ts). */
  private async readFolder(sliceMs: number): Promise<void> {
    const found = await loadNotesFolder(
      this.folder,
      this.now,
      sliceMs,
      segmentReadLimit(this.maxFileChars)
    )
    this.items = found.annotations
    const breathe = timeSlices(sliceMs)
    for (const segment of found.segments) {
      this.track(segment)
      await breathe()
    }
    for (const [reportId, number] of found.highest) this.highest.set(reportId, number)
    this.notices.push(...found.notices)
    this.asideFiles.push(...found.asideFiles)
    for (const segment of found.rewrite) segment.file.changed()
  }

  /** Segments are read in the order notes were made, so this is mostly already sorted. */
  private sortByCreation(): void {
    const items = this.items
    if (items.every((a, i) => i === 0 || (items[i - 1] as Annotation).createdAt <= a.createdAt))
      return
    items.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    this.shifts++
  }

  private ensureLoaded(): void {
    if (!this.ready) throw new Error('The notes are still being read: wait for `loaded` first.')
  }

  /**
   * Takes the notes of the legacy `annotations.json` that are not here yet (by id), to be written
   * into the folder; the file is moved aside once they are on disk (legacy-notes.ts).
   */
  private async moveInLegacy(
    dir: string,
    file: string,
    options: { now: () => Date; startWorker: StartNotesWorker; keepLabels: boolean }
  ): Promise<void> {
    const legacy = await readLegacyNotes(dir, file, {
      ...options,
      migrated: new Set(this.migrated)
    })
    this.notices.push(...legacy.notices)
    this.asideFiles.push(...legacy.asideFiles)
    this.retire = legacy.retire
    if (!legacy.sha1 || this.migrated.includes(legacy.sha1)) return
    for (const annotation of legacy.annotations) {
      if (this.segmentOf.has(annotation.id)) continue
      this.items.push(annotation)
      this.add(annotation)
    }
    if (legacy.colorLabels && !options.keepLabels) this.labels = legacy.colorLabels
    this.migrated = [...this.migrated, legacy.sha1]
    this.index.changed()
  }

  /** Puts a new note in its report's last segment with room, or a new one; that segment's file. */
  private add(annotation: Annotation): CoalescedFile {
    const chars = entryCharsOf(annotation)
    const segments = this.byReport.get(annotation.reportId) ?? []
    let segment = segments[segments.length - 1]
    if (!segment || (segment.chars + chars > this.segmentChars && segment.notes.size > 0)) {
      const number = (this.highest.get(annotation.reportId) ?? 0) + 1
      this.highest.set(annotation.reportId, number)
      segment = this.track(
        new Segment(annotation.reportId, number, join(this.folder, annotation.reportId))
      )
    }
    segment.put(annotation)
    this.segmentOf.set(annotation.id, segment)
    segment.file.changed()
    return segment.file
  }

  /** Replaces a note in its segment; that segment's file. */
  private replace(annotation: Annotation): CoalescedFile {
    const segment = this.segmentOf.get(annotation.id) as Segment
    segment.put(annotation)
    segment.file.changed()
    return segment.file
  }

  private track(segment: Segment): Segment {
    const segments = this.byReport.get(segment.reportId) ?? []
    segments.push(segment)
    this.byReport.set(segment.reportId, segments)
    for (const id of segment.notes.keys()) this.segmentOf.set(id, segment)
    this.guarded(segment.file, true)
    return segment
  }

  /**
   * Writes `files`: set-aside records first, always; then segments; then the index, once no
   * segment waits for a write (it records which legacy files are in the folder, so it must never
   * say so before their notes are on disk); then moves a migrated legacy file aside if everything
   * is on disk. Never throws: a failure is kept for saveState() and retried later.
   */
  private async persist(files: CoalescedFile[]): Promise<void> {
    if (this.blockedReason) return
    try {
      await this.writeAsideFiles()
      await this.saveAll(files.filter((file) => file !== this.index))
      if (this.index.unsaved > 0 && this.segments().every((s) => s.file.unsaved === 0)) {
        await this.saveAll([this.index])
      }
      if (this.unsavedChanges() > 0) return
      await this.retireLegacy()
      this.lastError = null
      this.retry.succeeded()
    } catch (error) {
      this.lastError = error
      if (!this.closed) this.retry.schedule()
    }
  }

  /**
   * Writes the files side by side; throws the first failure once all are done. Each write makes
   * its file's text as it starts (a segment's JSON, a few ms): they are started a slice at a time,
   * so that a change to many segments (an import, placing notes in a new edition) never holds
   * main for all of them at once.
   */
  private async saveAll(files: CoalescedFile[]): Promise<void> {
    const breathe = timeSlices(this.sliceMs)
    const saving: Promise<void>[] = []
    for (const file of files) {
      saving.push(file.save())
      await breathe()
    }
    const results = await Promise.allSettled(saving)
    results.forEach((result, i) => {
      if (result.status === 'rejected') {
        this.failedPath = (files[i] as CoalescedFile).path
        throw result.reason
      }
    })
  }

  private segments(): Segment[] {
    return [...this.byReport.values()].flat()
  }

  private writeAsideFiles(): Promise<void> {
    this.writingAside ??= (async () => {
      try {
        while (this.asideFiles.length > 0) {
          const file = this.asideFiles[0] as AsideFile
          this.failedPath = file.path
          await writeFileDurably(file.path, file.contents())
          this.asideFiles.shift()
        }
      } finally {
        this.writingAside = null
      }
    })()
    return this.writingAside
  }

  private async retireLegacy(): Promise<void> {
    if (!this.retire) return
    const { from, to } = this.retire
    this.retire = null
    try {
      await rename(from, to)
      await syncFolder(dirname(from))
    } catch {
      // Its notes are all in the folder and it is known by its SHA-1: moved at the next start.
    }
  }

  /** Every file with changes not on disk. */
  private unsavedFiles(): CoalescedFile[] {
    return [...this.segments().map((s) => s.file), this.index].filter((file) => file.unsaved > 0)
  }

  private unsavedChanges(): number {
    const pending = this.asideFiles.length > 0 ? 1 : 0
    return this.segments().reduce((n, s) => n + s.file.unsaved, pending + this.index.unsaved)
  }

  /** Makes every write of `file` refuse links and read-only files, and make its folder. */
  private guarded(file: CoalescedFile, writable: boolean): CoalescedFile {
    file.beforeWrite = () => {
      if (!writable) {
        throw new RefusedWrite(
          `${file.path} could not be read when the app started, so the app does not write over it. Move it away, then choose Retry.`
        )
      }
      refuseUnsafeWrite(file.path, 'notes')
      ensurePrivateDir(dirname(file.path))
    }
    return file
  }

  private totalChars(): number {
    return this.segments().reduce((chars, s) => chars + s.chars, 0)
  }

  private indexOf(id: string): number {
    const index = this.segmentOf.has(id) ? this.items.findIndex((a) => a.id === id) : -1
    if (index === -1) {
      throw new IpcError('not-found', say('notes.gone'))
    }
    return index
  }

  private ensureRoomFor(count: number): void {
    if (this.items.length + count > LIMITS.annotationCount) {
      throw new IpcError('failed', say('notes.tooMany', { limit: LIMITS.annotationCount }))
    }
  }

  /** Refuses a change that would take the notes past their limit (`outcome`: what was not done). */
  private ensureFileRoom(moreChars: number, outcome: string): void {
    if (this.totalChars() + moreChars <= this.maxFileChars) return
    const mb = Math.round(this.maxFileChars / (1024 * 1024))
    throw new IpcError('failed', say('notes.tooLarge', { mb, outcome }))
  }

  private check(annotation: Annotation): Annotation {
    const result = v.safeParse(AnnotationSchema, annotation)
    if (!result.success) {
      const issue = result.issues[0]
      const where = issue.path?.map((p) => String(p.key)).join('.')
      throw new IpcError(
        'invalid-payload',
        `The note could not be saved: ${where ? `${where}: ` : ''}${issue.message}`
      )
    }
    return result.output
  }

  private freshId(): string {
    for (;;) {
      const id = this.newId()
      if (!this.segmentOf.has(id)) return id
    }
  }
}
