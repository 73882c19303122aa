import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ElectronStore from 'electron-store'
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
import {
  describeError,
  folderProblem,
  moveAside,
  prepareStoreFile,
  PRIVATE_FILE_MODE,
  refusalToWrite
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
 * - a folder that cannot be made or read leaves the store in memory only, with `unavailable`
 *   saying why, so the app can start and tell the user.
 * A failed write is reported to the caller and the value is kept in memory for this session (when
 * the folder is unusable, the user was told at launch, and each change is kept without a word); a
 * file the user made read-only is never replaced. Older files are read as they are (missing fields
 * take their defaults) and written in the current version on the next change.
 */
export class PreferencesStore {
  private current: Preferences

  private constructor(
    private readonly store: ElectronStore<PreferencesFile> | null,
    private readonly file: string,
    /** Messages for the user about what happened while opening the file. */
    readonly notices: string[],
    /** Why nothing can be saved at all this session (the folder is unusable), or null. */
    readonly unavailable: string | null,
    /** What a folder that cannot be written holds, read as it is (nothing is written back). */
    found: Partial<PreferencesFile> = {}
  ) {
    this.current = readPreferences(store?.store ?? found)
  }

  static open(userDataDir: string, now: () => Date = () => new Date()): PreferencesStore {
    const file = join(userDataDir, `${STORE_NAME}.json`)
    const inMemory = (problem: string) => new PreferencesStore(null, file, [], problem)
    const prepared = prepareStoreFile(
      userDataDir,
      file,
      { store: STORE_NAME, what: 'preferences file', freshStart: 'with default preferences' },
      now
    )
    if ('problem' in prepared) return inMemory(prepared.problem)
    if ('readOnly' in prepared) {
      return new PreferencesStore(null, file, [], prepared.readOnly, readWithoutWriting(file))
    }
    const notices = prepared.notices
    let store: ElectronStore<PreferencesFile>
    try {
      store = createStore(userDataDir)
    } catch (error) {
      if (!(error instanceof SyntaxError)) return inMemory(folderProblem(userDataDir, error))
      const moved = moveAside(file, userDataDir, STORE_NAME, 'corrupt', now())
      if (!moved.ok) return inMemory(folderProblem(userDataDir, moved.error))
      notices.push(
        `Your preferences file could not be read, so the app started with default preferences. The damaged file was kept as ${moved.path}.`
      )
      try {
        store = createStore(userDataDir)
      } catch (retryError) {
        return inMemory(folderProblem(userDataDir, retryError))
      }
    }
    return new PreferencesStore(store, file, notices, null)
  }

  get(): Preferences {
    return structuredClone(this.current)
  }

  setLastReport(reportId: string): Preferences {
    return this.save({ ...this.current, lastReportId: reportId }, 'Your choice of report')
  }

  setReadingSettings(reading: Preferences['reading']): Preferences {
    return this.save({ ...this.current, reading }, 'Your reading settings')
  }

  setLayout(layout: Preferences['layout']): Preferences {
    return this.save({ ...this.current, layout }, 'Your sidebar layout')
  }

  setReadingPosition(reportId: string, paragraphId: string): Preferences {
    // Re-inserting moves the report to the end: the oldest positions are dropped first.
    const others = Object.entries(this.current.positions).filter(([id]) => id !== reportId)
    const kept = [...others, [reportId, paragraphId] as const].slice(-MAX_POSITIONS)
    return this.save(
      { ...this.current, positions: Object.fromEntries(kept) },
      'Your reading position'
    )
  }

  private save(next: Preferences, what: string): Preferences {
    this.current = next
    // Nothing can be saved this session, and the reader was told so before the report opened
    // (the "cannot be saved" screen): kept for the session without a banner for each change.
    if (!this.store) return this.get()
    const kept = 'It is kept for this session.'
    const refusal = refusalToWrite(this.file, 'your preferences')
    if (refusal) throw new IpcError('failed', `${what} could not be saved: ${refusal} ${kept}`)
    try {
      this.store.store = { schemaVersion: SCHEMA_VERSION, ...next }
    } catch (error) {
      throw new IpcError('failed', `${what} could not be saved (${describeError(error)}). ${kept}`)
    }
    return this.get()
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

function createStore(cwd: string): ElectronStore<PreferencesFile> {
  return new ElectronStore<PreferencesFile>({
    name: STORE_NAME,
    cwd,
    // No defaults: with them electron-store writes the file while opening it (readPreferences
    // supplies the defaults instead). Never clearInvalidConfig: it discards a damaged file.
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE
  })
}

/** A preferences file's fields, read without the store (which could write); none if unreadable. */
function readWithoutWriting(file: string): Partial<PreferencesFile> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return parsed && typeof parsed === 'object' ? (parsed as Partial<PreferencesFile>) : {}
  } catch {
    return {}
  }
}
