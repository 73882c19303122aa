import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import ElectronStore from 'electron-store'
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
import {
  CURRENT_SCHEMA_VERSION,
  classify,
  migrateToCurrent,
  validate,
  type SetAside,
  type StoreFile
} from './annotation-store-migrations'
import {
  describeError,
  folderProblem,
  freeName,
  moveAside,
  prepareStoreFile,
  PRIVATE_FILE_MODE,
  refusalToWrite,
  timestamp,
  writeFileAtomic
} from './store-files'

export type { SaveState }

export interface AnnotationStoreOptions {
  now?: () => Date
  newId?: () => string
  /** Waits between automatic retries of a failed write; the last one repeats for ever. */
  retryDelaysMs?: number[]
  /** The largest the notes file may grow, in characters of JSON (tests set a small one). */
  maxFileChars?: number
}

const STORE_NAME = 'annotations'
const DEFAULT_RETRY_DELAYS_MS = [1000, 5000, 15000, 60000]

/**
 * The notes file is written whole at every change, as one string: it must stay far below V8's
 * longest string (about 512 MB), past which every write would fail. 100 MB holds well over
 * 100,000 ordinary notes (10,000 take 7 MB) and writes in well under a second.
 */
export const DEFAULT_MAX_FILE_CHARS = 100 * 1024 * 1024

/** Deleted notes that Undo can bring back, newest last. */
const UNDO_DEPTH = 100

/** A file to write once, before the next write of the store, so no original is ever lost. */
interface PendingFile {
  path: string
  contents: () => string
}

/**
 * The user's highlights and notes, in `annotations.json` (electron-store) in the user-data folder.
 * Main is the only writer (single-instance lock). Every change is written at once, atomically
 * (electron-store writes a temp file and renames it), before the call returns.
 *
 * Nothing the user wrote is ever dropped:
 * - A file that cannot be read (bad JSON, not a notes file) is moved aside to
 *   `annotations.corrupt-<time>.json`; a file made by a newer version of the app (a higher
 *   `schemaVersion`) is moved aside, unchanged, to `annotations.newer-v<N>-<time>.json`. Either way
 *   the user is told where (notices) and the app goes on with an empty store.
 * - An older format is migrated in memory (annotation-store-migrations.ts) and written back in the
 *   current format at once, after its original has been copied to `annotations.v<N>-<time>.json`.
 * - Records that fail validation are written to `annotations.invalid-<time>.json` (with the reason)
 *   before the file is rewritten without them, and the user is told.
 * - A failed write keeps the change in memory, is reported by saveState(), and is retried on a
 *   backoff timer until a write succeeds (or now, with retryNow()).
 * - The file is never written through a link (a link in its place is set aside on opening) nor
 *   over a file the user made read-only; files are private (0600), a folder it makes 0700.
 * - A change that would grow the file past its limit is refused, with a message, and not made.
 */
export class AnnotationStore {
  /** Messages for the user about what happened while opening the file. */
  readonly notices: string[]
  private readonly backend: ElectronStore<StoreFile> | null
  private readonly file: string
  private readonly now: () => Date
  private readonly newId: () => string
  private readonly retryDelaysMs: number[]
  private items: Annotation[]
  private readonly ids: Set<string>
  private labels: ColorLabels
  /** Written before the store, in order; each is dropped once written. */
  private readonly pendingFiles: PendingFile[]
  /** Set when the file exists but could neither be read nor moved aside: never write over it. */
  private readonly blockedReason: string | null
  private unsavedChanges = 0
  private lastError: unknown = null
  /** The file the last failed write was for: the store, or a copy kept before rewriting it. */
  private failedPath = ''
  private retryIndex = 0
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private nextRetryAt: number | null = null
  private closed = false
  private readonly maxFileChars: number
  /** Characters of JSON in the file as last written (or read): changes are checked against it. */
  private fileChars: number
  private readonly codec: FileCodec
  /** What Undo may restore: the notes deleted this session, by id. */
  private readonly deleted = new Map<string, Annotation>()
  /** Why the user-data folder cannot be used at all (nothing is saved this session), or null. */
  readonly unavailable: string | null

  private constructor(
    init: LoadedFile & {
      file: string
      options: AnnotationStoreOptions
      codec: FileCodec
      unavailable: string | null
    }
  ) {
    this.backend = init.backend
    this.file = init.file
    this.now = init.options.now ?? (() => new Date())
    this.newId = init.options.newId ?? randomUUID
    const delays = init.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS
    this.retryDelaysMs = delays.length > 0 ? delays : DEFAULT_RETRY_DELAYS_MS
    this.items = init.annotations
    this.ids = new Set(init.annotations.map((a) => a.id))
    this.labels = init.colorLabels
    this.notices = init.notices
    this.pendingFiles = init.pendingFiles
    this.blockedReason = init.blockedReason
    this.unavailable = init.unavailable
    this.codec = init.codec
    this.maxFileChars = init.options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS
    this.fileChars = init.codec.text.length
  }

  static open(userDataDir: string, options: AnnotationStoreOptions = {}): AnnotationStore {
    const file = join(userDataDir, `${STORE_NAME}.json`)
    const now = options.now ?? (() => new Date())
    const codec = new FileCodec()
    const prepared = prepareStoreFile(
      userDataDir,
      file,
      { store: STORE_NAME, what: 'notes file', freshStart: 'without notes' },
      now
    )
    if ('problem' in prepared) {
      // Nothing can be read or written: the app starts, keeps changes in memory and says why.
      const reason = `${prepared.problem} Your notes cannot be saved: changes you make now are kept only while the app is open.`
      codec.opened()
      return new AnnotationStore({
        backend: null,
        annotations: [],
        colorLabels: { ...DEFAULT_COLOR_LABELS },
        notices: [],
        pendingFiles: [],
        blockedReason: reason,
        file,
        options,
        codec,
        unavailable: prepared.problem
      })
    }
    if ('readOnly' in prepared) {
      // A folder that takes no file: the notes in it are shown, and nothing is written.
      const loaded = existsSync(file) ? load(userDataDir, file, now, codec) : null
      codec.opened()
      return new AnnotationStore({
        backend: null,
        annotations: loaded?.annotations ?? [],
        colorLabels: loaded?.colorLabels ?? { ...DEFAULT_COLOR_LABELS },
        notices: loaded?.notices ?? [],
        pendingFiles: [],
        blockedReason: `${prepared.readOnly} Your notes cannot be saved: changes you make now are kept only while the app is open.`,
        file,
        options,
        codec,
        unavailable: prepared.readOnly
      })
    }
    removeInterruptedWrites(userDataDir)
    const loaded = load(userDataDir, file, now, codec)
    const store = new AnnotationStore({
      ...loaded,
      notices: [...prepared.notices, ...loaded.notices],
      file,
      options,
      codec,
      unavailable: null
    })
    codec.opened()
    // Write the current format now (after keeping the originals), so this happens only once.
    if (loaded.pendingFiles.length > 0) store.changed(1)
    return store
  }

  /** All annotations, in creation order. Treat them as read-only. */
  list(): Annotation[] {
    return [...this.items]
  }

  colorLabels(): ColorLabels {
    return { ...this.labels }
  }

  create(input: NewAnnotation): Annotation {
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
    this.ensureFileRoom(charsOf(annotation) + 1, 'The note was not saved.')
    this.items.push(annotation)
    this.ids.add(annotation.id)
    this.changed(1)
    return annotation
  }

  update(id: string, changes: AnnotationChanges): Annotation {
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
    this.ensureFileRoom(charsOf(next) - charsOf(current), 'The change was not saved.')
    this.items[index] = next
    this.changed(1)
    return next
  }

  remove(id: string): Annotation {
    const index = this.indexOf(id)
    const removed = this.items[index] as Annotation
    this.items.splice(index, 1)
    this.ids.delete(id)
    this.deleted.delete(id)
    this.deleted.set(id, removed)
    if (this.deleted.size > UNDO_DEPTH)
      this.deleted.delete(this.deleted.keys().next().value as string)
    this.changed(1)
    return removed
  }

  /**
   * Undo of remove: puts a note deleted this session back as it was (same id and times), in its
   * place by creation time. Only what was deleted can come back; restoring one that is already
   * there changes nothing.
   */
  restore(id: string): Annotation {
    const existing = this.ids.has(id) ? this.items.find((a) => a.id === id) : undefined
    if (existing) return existing
    const deleted = this.deleted.get(id)
    if (!deleted) {
      throw new IpcError(
        'not-found',
        'That note can no longer be restored: only notes deleted since the app started can be.'
      )
    }
    this.ensureRoomFor(1)
    const restored = this.check(deleted)
    this.ensureFileRoom(charsOf(restored) + 1, 'The note was not restored.')
    const after = this.items.findIndex((a) => a.createdAt > restored.createdAt)
    this.items.splice(after === -1 ? this.items.length : after, 0, restored)
    this.ids.add(restored.id)
    this.deleted.delete(id)
    this.changed(1)
    return restored
  }

  setColorLabels(labels: ColorLabels): ColorLabels {
    const result = v.safeParse(ColorLabelsSchema, labels)
    if (!result.success) {
      throw new IpcError('invalid-payload', `Invalid colour names: ${result.issues[0].message}`)
    }
    this.labels = result.output
    this.changed(1)
    return this.colorLabels()
  }

  /**
   * Adds the annotations that are valid and not duplicates, in one write: a duplicate has the id
   * or the `keyOf` of one already there or imported before it in the same call. Linear in the
   * number of notes. Refuses the whole import if it would pass the count or size limits.
   */
  importMany(
    annotations: Annotation[],
    keyOf: (a: Annotation) => string
  ): { imported: number; skipped: number } {
    const keys = new Set(this.items.map(keyOf))
    const ids = new Set(this.ids)
    const added: Annotation[] = []
    let skipped = 0
    let chars = 0
    for (const candidate of annotations) {
      const result = v.safeParse(AnnotationSchema, candidate)
      const key = result.success ? keyOf(result.output) : ''
      if (!result.success || ids.has(result.output.id) || keys.has(key)) {
        skipped++
        continue
      }
      added.push(result.output)
      ids.add(result.output.id)
      keys.add(key)
      chars += charsOf(result.output) + 1
    }
    const imported = added.length
    if (imported === 0) return { imported, skipped }
    const total = this.items.length + imported
    if (total > LIMITS.annotationCount) {
      throw new IpcError(
        'failed',
        `This import would bring your notes to ${total.toLocaleString('en')}, over the limit of ${LIMITS.annotationCount.toLocaleString('en')}. Nothing was imported; delete some notes first, or import a smaller file.`
      )
    }
    this.ensureFileRoom(
      chars,
      'Nothing was imported; delete some notes first, or import a smaller file.'
    )
    this.items = [...this.items, ...added]
    for (const a of added) this.ids.add(a.id)
    this.changed(imported)
    return { imported, skipped }
  }

  /**
   * Keeps where notes were placed in the current editions (placement.ts), in one write. A note
   * changed or deleted since its placement was worked out is left as it is now. Does not touch
   * updatedAt: the app moved the note, the user did not edit it. Returns how many it kept.
   */
  applyPlacements(placements: { before: Annotation; after: Annotation }[]): number {
    const index = new Map(this.items.map((a, i) => [a.id, i]))
    let chars = 0
    const apply: [number, Annotation][] = []
    for (const { before, after } of placements) {
      const at = index.get(before.id)
      if (at === undefined || this.items[at] !== before || after.id !== before.id) continue
      // Not validated again (a sixth of a second at 10,000 notes): placement.ts builds `after`
      // from a stored note and selectors made by textTargetFor, within the limits.
      apply.push([at, after])
      chars += charsOf(after) - charsOf(before)
    }
    // Places are worked out again at the next launch if they do not fit: never an error.
    if (apply.length === 0 || this.fileChars + chars > this.maxFileChars) return 0
    const items = [...this.items]
    for (const [at, annotation] of apply) items[at] = annotation
    this.items = items
    this.changed(apply.length)
    return apply.length
  }

  saveState(): SaveState {
    if (this.unsavedChanges === 0 && this.pendingFiles.length === 0) return { state: 'saved' }
    const unsavedChanges = Math.max(this.unsavedChanges, 1)
    const kept = 'Your changes are kept while the app is open'
    if (this.blockedReason) {
      return { state: 'failed', message: this.blockedReason, unsavedChanges }
    }
    const cause = this.failureText()
    if (this.retryTimer && this.nextRetryAt !== null) {
      const seconds = Math.max(1, Math.round((this.nextRetryAt - Date.now()) / 1000))
      return {
        state: 'retrying',
        message: `${cause} ${kept}; the app tries again in ${seconds} s.`,
        unsavedChanges
      }
    }
    return { state: 'failed', message: `${cause} ${kept}.`, unsavedChanges }
  }

  /** Tries to write the in-memory state now (the Retry button). */
  retryNow(): SaveState {
    if (this.unsavedChanges > 0 || this.pendingFiles.length > 0) this.persist()
    return this.saveState()
  }

  /** Stops the retry timer. Unsaved changes stay in memory (saveState() reports them). */
  close(): void {
    this.closed = true
    this.clearRetry()
  }

  private changed(count: number): void {
    this.unsavedChanges += count
    this.persist()
  }

  /** Writes pending aside files, then the whole store. On failure, schedules a retry. */
  private persist(): boolean {
    if (this.blockedReason || !this.backend) return false
    try {
      const refusal = refusalToWrite(this.file, 'your notes')
      if (refusal) throw new RefusedWrite(refusal)
      while (this.pendingFiles.length > 0) {
        const pending = this.pendingFiles[0] as PendingFile
        this.failedPath = pending.path
        writeFileAtomic(pending.path, pending.contents())
        this.pendingFiles.shift()
      }
      this.failedPath = this.file
      this.backend.store = {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        annotations: this.items,
        colorLabels: this.labels
      }
      this.fileChars = this.codec.written
    } catch (error) {
      this.lastError = error
      if (!this.retryTimer) this.scheduleRetry()
      return false
    }
    this.unsavedChanges = 0
    this.lastError = null
    this.retryIndex = 0
    this.clearRetry()
    return true
  }

  private scheduleRetry(): void {
    if (this.closed) return
    const delays = this.retryDelaysMs
    const delay = delays[Math.min(this.retryIndex, delays.length - 1)] as number
    this.retryIndex++
    this.nextRetryAt = Date.now() + delay
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.nextRetryAt = null
      this.persist()
    }, delay)
    // A pending retry must not keep a quitting app (or a test run) alive.
    this.retryTimer.unref?.()
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.nextRetryAt = null
  }

  private failureText(): string {
    if (this.lastError instanceof RefusedWrite) return this.lastError.message
    const code = (this.lastError as NodeJS.ErrnoException | null)?.code
    const file = this.failedPath || this.file
    switch (code) {
      case 'ENOSPC':
      case 'EDQUOT':
        return `The disk is full, so ${file} could not be written.`
      case 'EROFS':
        return `The disk is read-only, so ${file} could not be written.`
      case 'EPERM':
      case 'EACCES':
      case 'EBUSY':
        return `The app was not allowed to write ${file}; another program (such as antivirus) may be holding it, or the folder's permissions changed.`
      case 'EISDIR':
      case 'ENOTDIR':
        return `${file} could not be written: something else (a folder) is in its place.`
      default:
        return `${file} could not be written (${describeError(this.lastError)}).`
    }
  }

  private indexOf(id: string): number {
    const index = this.ids.has(id) ? this.items.findIndex((a) => a.id === id) : -1
    if (index === -1) {
      throw new IpcError('not-found', 'That note no longer exists. It may have been deleted.')
    }
    return index
  }

  private ensureRoomFor(count: number): void {
    if (this.items.length + count > LIMITS.annotationCount) {
      throw new IpcError(
        'failed',
        `You have reached the limit of ${LIMITS.annotationCount.toLocaleString('en')} notes and highlights. Delete some before adding more.`
      )
    }
  }

  /** Refuses a change that would grow the file past its limit (`outcome`: what was not done). */
  private ensureFileRoom(moreChars: number, outcome: string): void {
    if (this.fileChars + moreChars <= this.maxFileChars) return
    const mb = Math.round(this.maxFileChars / (1024 * 1024))
    throw new IpcError(
      'failed',
      `Your notes would take more than ${mb} MB, the most the app keeps in its notes file. ${outcome} Delete some notes, or shorten long ones, to make room.`
    )
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

  private freshId(taken: Set<string> = this.ids): string {
    for (;;) {
      const id = this.newId()
      if (!taken.has(id)) return id
    }
  }
}

/** What open() found: the backend, the records to use, and what to tell and keep. */
interface LoadedFile {
  backend: ElectronStore<StoreFile> | null
  annotations: Annotation[]
  colorLabels: ColorLabels
  notices: string[]
  pendingFiles: PendingFile[]
  blockedReason: string | null
}

function load(dir: string, file: string, now: () => Date, codec: FileCodec): LoadedFile {
  const notices: string[] = []
  const empty = (
    backend: ElectronStore<StoreFile> | null,
    notice: string,
    blocked = false
  ): LoadedFile => ({
    backend,
    annotations: [],
    colorLabels: { ...DEFAULT_COLOR_LABELS },
    notices: [notice],
    pendingFiles: [],
    blockedReason: blocked ? notice : null
  })
  const blocked = (problem: string, error: unknown) =>
    empty(
      null,
      `${problem}, and it could not be moved aside (${describeError(error)}). To protect ${file}, nothing will be written to it: changes you make now are kept only while the app is open.`,
      true
    )

  const unusableFolder = (error: unknown) =>
    empty(
      null,
      `${folderProblem(dir, error)} Your notes cannot be saved: changes you make now are kept only while the app is open.`,
      true
    )

  let backend: ElectronStore<StoreFile>
  try {
    backend = createBackend(dir, codec)
  } catch (error) {
    // Invalid JSON, or a file that cannot be read at all.
    if (!existsSync(file)) return unusableFolder(error)
    const problem = `Your notes file could not be read (${describeError(error)})`
    const moved = moveAside(file, dir, STORE_NAME, 'corrupt', now())
    if (!moved.ok) return blocked(problem, moved.error)
    const notice = `${problem}, so the app started without notes. The damaged file was kept, unchanged, as ${moved.path}.`
    try {
      return empty(createBackend(dir, codec), notice)
    } catch (retryError) {
      return unusableFolder(retryError)
    }
  }
  if (!codec.read) {
    // No file yet.
    return { ...empty(backend, ''), notices }
  }

  const found = classify(codec.parsed)
  if (found.kind === 'newer') {
    const problem = `Your notes file was made by a newer version of the app (format ${found.version}), which this version cannot read`
    const moved = moveAside(file, dir, STORE_NAME, `newer-v${found.version}`, now())
    if (!moved.ok) return blocked(problem, moved.error)
    return empty(
      backend,
      `${problem}, so the app started without notes. The file was kept, unchanged, as ${moved.path}. To use those notes, go back to the newer version and rename that file to ${STORE_NAME}.json.`
    )
  }
  if (found.kind === 'unrecognised') {
    const problem = `Your notes file could not be read (${found.reason})`
    const moved = moveAside(file, dir, STORE_NAME, 'corrupt', now())
    if (!moved.ok) return blocked(problem, moved.error)
    return empty(
      backend,
      `${problem}, so the app started without notes. The damaged file was kept, unchanged, as ${moved.path}.`
    )
  }

  const document = found.document as Record<string, unknown>
  const originalLabels =
    found.version === 1
      ? document['labels']
      : found.version >= 2
        ? document['colorLabels']
        : undefined
  const loaded = validate(
    migrateToCurrent(found.document, found.version),
    found.records,
    originalLabels
  )
  const pendingFiles: PendingFile[] = []
  const stamp = timestamp(now())
  if (found.version < CURRENT_SCHEMA_VERSION) {
    // The original, byte for byte, before the file is rewritten in the current format.
    const text = codec.text
    pendingFiles.push({
      path: freeName(dir, `${STORE_NAME}.v${found.version}-${stamp}`),
      contents: () => text
    })
  }
  if (loaded.setAside.length > 0) {
    const invalidPath = freeName(dir, `${STORE_NAME}.invalid-${stamp}`)
    const at = now()
    pendingFiles.push({
      path: invalidPath,
      contents: () => invalidFileContents(file, found.version, at, loaded.setAside)
    })
    notices.push(invalidNotice(loaded.setAside, invalidPath))
  }
  return {
    backend,
    annotations: loaded.annotations,
    colorLabels: loaded.colorLabels,
    notices,
    pendingFiles,
    blockedReason: null
  }
}

/**
 * The (de)serialisation electron-store uses for this file. While the store opens, it keeps what
 * electron-store's constructor parsed (and the text, for a copy before migrating), so the file is
 * read and parsed once. After that, the only read electron-store makes is inside every write (the
 * `store` setter re-reads the whole file, only to carry over its own `__internal__` key, which
 * this file never has): parsing it would cost as much as the write itself at 10,000 notes, so
 * once open, the file is not parsed again (the AnnotationStore never reads through the backend).
 */
class FileCodec {
  read = false
  text = ''
  parsed: unknown = undefined
  private opening = true

  deserialize = (text: string): unknown => {
    if (!this.opening) return {}
    const parsed: unknown = JSON.parse(text)
    this.read = true
    this.text = text
    this.parsed = parsed
    return parsed
  }

  /** Characters in the text last written. */
  written = 0

  /** Compact JSON: a sixth smaller and twice as fast to write as electron-store's tab-indented. */
  serialize = (value: StoreFile): string => {
    const text = JSON.stringify(value)
    this.written = text.length
    return text
  }

  opened(): void {
    this.opening = false
    this.written = this.text.length
    this.text = ''
    this.parsed = undefined
  }
}

/** A write the store refuses to make (a link or a read-only file in the file's place). */
class RefusedWrite extends Error {}

/** Characters an annotation takes in the file. */
function charsOf(annotation: Annotation): number {
  return JSON.stringify(annotation).length
}

function createBackend(cwd: string, codec: FileCodec): ElectronStore<StoreFile> {
  return new ElectronStore<StoreFile>({
    name: STORE_NAME,
    cwd,
    // No defaults: opening never writes. No `migrations`: we migrate ourselves (field notes §4).
    // Never clearInvalidConfig: it would overwrite a damaged file, losing every note.
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE,
    serialize: codec.serialize,
    deserialize: codec.deserialize as (text: string) => StoreFile
  })
}

/** Temp files of writes that were interrupted (crash, power loss): never acknowledged, so unneeded. */
function removeInterruptedWrites(dir: string): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (/^annotations\.json\.tmp-\d{10}[0-9a-f]{6}$/.test(name)) {
      rmSync(join(dir, name), { force: true })
    }
  }
}

function invalidFileContents(
  source: string,
  version: number,
  at: Date,
  setAside: SetAside[]
): string {
  return `${JSON.stringify(
    {
      about: `Notes that could not be read from ${source} (format version ${version}) and were set aside on ${at.toISOString()}. They are not in the app.`,
      sourceFile: source,
      schemaVersion: version,
      items: setAside.map((item) => ({
        record: item.index === null ? 'colour names' : item.index + 1,
        reason: item.reason,
        original: item.original
      }))
    },
    null,
    '\t'
  )}\n`
}

function invalidNotice(setAside: SetAside[], path: string): string {
  const records = setAside.filter((item) => item.index !== null).length
  const labels = records < setAside.length
  const notes = `${records} ${records === 1 ? 'note' : 'notes'} in your notes file`
  const what = labels
    ? records > 0
      ? `${notes} and your colour names`
      : 'Your colour names'
    : notes
  const outcome = labels
    ? records > 0
      ? 'they were left out and the default colour names are used'
      : 'the default names are used'
    : records === 1
      ? 'it was left out'
      : 'they were left out'
  return `${what} could not be read, so ${outcome}. What could not be read was kept, with the reason, in ${path}.`
}
