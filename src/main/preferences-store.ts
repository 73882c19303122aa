import { join } from 'node:path'
import * as v from 'valibot'
import {
  DEFAULT_LAYOUT,
  DEFAULT_READING_SETTINGS,
  IpcError,
  LayoutSchema,
  ReadingSettingsSchema,
  type Preferences
} from '../shared/ipc-contract'
import { SlugSchema } from '../shared/report-model'
import { CoalescedFile } from './coalesced-file'
import { removeInterruptedWrites } from './durable-write'
import { readStoreFile } from './json-store-file'
import { isDiskFull, retrySentence, RetryTimer, whyNotWritten } from './save-retry'
import { say } from './words'
import {
  folderProblem,
  inspectStoreFile,
  moveAside,
  prepareStoreFile,
  RefusedWrite,
  refuseUnsafeWrite
} from './store-files'

/**
 * Version 1 had only lastReportId; version 2 adds reading settings and positions, and later the
 * sidebar layout and more reading settings (each read field by field, so no new version).
 */
interface PreferencesFile {
  schemaVersion: number
  lastReportId: string | null
  reading?: unknown
  layout?: unknown
  positions?: unknown
}

const STORE_NAME = 'preferences'
const SCHEMA_VERSION = 2
/** Positions are kept for this many reports at most (the most recently read). */
const MAX_POSITIONS = 200

/**
 * The reader's preferences, in an electron-store file in the user-data folder. Main is the only
 * writer (single-instance lock). Opening never writes and never throws:
 * - a damaged file is moved aside, never overwritten (electron-store's clearInvalidConfig would
 *   silently discard it), and so is a link in the file's place (the file it points to, another
 *   app's perhaps, is never read or written);
 * - temp files of writes that were cut short (the app was killed) are removed;
 * - a folder that cannot be made, read or written leaves the store in memory only, with
 *   `unavailable` saying why, so the app can start and tell the user.
 * Each change is written whole (writeFileDurably; changes made during a write go in the next);
 * the call resolves once it is on disk. One that fails is reported to the caller in plain words,
 * kept in memory and tried again by itself until it lands; a file the user made read-only is
 * never replaced. Older files are read as they are (missing fields take their defaults) and
 * written in the current version on the next change.
 */
export class PreferencesStore {
  private current: Preferences
  private readonly retry: RetryTimer

  private constructor(
    private readonly file: CoalescedFile | null,
    initial: Preferences,
    /** Messages for the user about what happened while opening the file. */
    readonly notices: string[],
    /** Why nothing can be saved at all this session (the folder is unusable), or null. */
    readonly unavailable: string | null,
    retryDelaysMs?: number[]
  ) {
    this.current = initial
    this.retry = new RetryTimer(() => void this.write().catch(() => undefined), retryDelaysMs)
    if (file) {
      file.beforeWrite = () => refuseUnsafeWrite(file.path, 'preferences')
    }
  }

  static open(
    userDataDir: string,
    now: () => Date = () => new Date(),
    options: { retryDelaysMs?: number[] } = {}
  ): PreferencesStore {
    const path = join(userDataDir, `${STORE_NAME}.json`)
    const inMemory = (problem: string) =>
      new PreferencesStore(null, readPreferences({}), [], problem)
    const prepared = prepareStoreFile(
      userDataDir,
      path,
      { store: STORE_NAME, what: 'preferences' },
      now
    )
    if ('problem' in prepared) return inMemory(prepared.problem)
    if (prepared.readOnly) {
      // A read-only folder: the preferences are read (never through a link), never written.
      const read =
        inspectStoreFile(path).kind === 'file' ? readStoreFile(userDataDir, STORE_NAME) : null
      const file = read?.kind === 'read' ? (read.parsed as Partial<PreferencesFile>) : {}
      return new PreferencesStore(null, readPreferences(file), [], prepared.readOnly)
    }
    removeInterruptedWrites(userDataDir, (name) => name.startsWith(`${STORE_NAME}.`))
    const notices = prepared.notices
    let read = readStoreFile(userDataDir, STORE_NAME)
    if (read.kind === 'unreadable') {
      if (!(read.error instanceof SyntaxError))
        return inMemory(folderProblem(userDataDir, read.error))
      const moved = moveAside(path, userDataDir, STORE_NAME, 'corrupt', now())
      if (!moved.ok) return inMemory(folderProblem(userDataDir, moved.error))
      notices.push(say('store.preferencesDamaged', { path: moved.path }))
      read = { kind: 'missing' }
    }
    const store: PreferencesStore = new PreferencesStore(
      new CoalescedFile(path, () =>
        JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...store.current })
      ),
      readPreferences(read.kind === 'read' ? (read.parsed as Partial<PreferencesFile>) : {}),
      notices,
      null,
      options.retryDelaysMs
    )
    return store
  }

  get(): Preferences {
    return structuredClone(this.current)
  }

  setLastReport(reportId: string): Promise<Preferences> {
    return this.save({ ...this.current, lastReportId: reportId }, 'report')
  }

  setReadingSettings(reading: Preferences['reading']): Promise<Preferences> {
    return this.save({ ...this.current, reading }, 'reading')
  }

  setLayout(layout: Preferences['layout']): Promise<Preferences> {
    return this.save({ ...this.current, layout }, 'layout')
  }

  setReadingPosition(reportId: string, paragraphId: string): Promise<Preferences> {
    // Re-inserting moves the report to the end: the oldest positions are dropped first.
    const others = Object.entries(this.current.positions).filter(([id]) => id !== reportId)
    const kept = [...others, [reportId, paragraphId] as const].slice(-MAX_POSITIONS)
    return this.save({ ...this.current, positions: Object.fromEntries(kept) }, 'position')
  }

  /** Changes not on disk (a failed write's, until a retry lands). */
  get unsaved(): number {
    return this.file?.unsaved ?? 0
  }

  /** Writes what is not on disk yet; how many changes still are not (before the app quits). */
  async flush(): Promise<number> {
    if (this.unsaved > 0) await this.write().catch(() => undefined)
    return this.unsaved
  }

  /** Stops retrying (the app is quitting). */
  close(): void {
    this.retry.stop()
  }

  private async save(
    next: Preferences,
    what: 'report' | 'reading' | 'layout' | 'position'
  ): Promise<Preferences> {
    this.current = next
    // Nothing can be saved this session, and the reader was told so before the report opened
    // (the "cannot be saved" screen): kept for the session without a banner for each change.
    if (!this.file) return this.get()
    this.file.changed()
    try {
      await this.write()
    } catch (error) {
      const why =
        error instanceof RefusedWrite ? error.message : whyNotWritten(error, this.file.path)
      const kept = isDiskFull(error) ? '' : ` ${say('save.keptForSession')}`
      throw new IpcError(
        'failed',
        `${say('save.preferenceNotSaved', { what })} ${why}${kept} ${retrySentence()}`
      )
    }
    return this.get()
  }

  private async write(): Promise<void> {
    try {
      await this.file?.save()
      this.retry.succeeded()
    } catch (error) {
      this.retry.schedule()
      throw error
    }
  }
}

/** Reads any version of the file; a field that is missing or invalid takes its default. */
function readPreferences(file: Partial<PreferencesFile>): Preferences {
  const positions = v.safeParse(v.record(SlugSchema, SlugSchema), file.positions)
  return {
    lastReportId: typeof file.lastReportId === 'string' ? file.lastReportId : null,
    reading: fieldByField(ReadingSettingsSchema.entries, DEFAULT_READING_SETTINGS, file.reading),
    layout: fieldByField(LayoutSchema.entries, DEFAULT_LAYOUT, file.layout),
    positions: positions.success ? positions.output : {}
  }
}

/**
 * Each field of `value` that its schema accepts, else its default: a file from before a setting
 * existed, or with one bad value, keeps every other setting.
 */
function fieldByField<T extends object>(
  entries: { [K in keyof T]: v.GenericSchema<unknown, T[K]> },
  defaults: T,
  value: unknown
): T {
  const result = { ...defaults }
  if (typeof value !== 'object' || value === null) return result
  for (const key of Object.keys(entries) as (keyof T)[]) {
    const schema: v.GenericSchema<unknown, T[typeof key]> = entries[key]
    const parsed = v.safeParse(schema, (value as Record<keyof T, unknown>)[key])
    if (parsed.success) result[key] = parsed.output as T[typeof key]
  }
  return result
}
