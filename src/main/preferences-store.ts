import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import ElectronStore from 'electron-store'
import * as v from 'valibot'
import {
  DEFAULT_READING_SETTINGS,
  IpcError,
  ReadingSettingsSchema,
  type Preferences
} from '../shared/ipc-contract'
import { SlugSchema } from '../shared/report-model'

/** Version 1 had only lastReportId; version 2 adds reading settings and positions. */
interface PreferencesFile {
  schemaVersion: number
  lastReportId: string | null
  reading?: unknown
  positions?: unknown
}

const STORE_NAME = 'preferences'
const SCHEMA_VERSION = 2
/** Positions are kept for this many reports at most (the most recently read). */
const MAX_POSITIONS = 200

/**
 * The reader's preferences, in an electron-store file in the user-data folder. Main is the only
 * writer (single-instance lock). A damaged file is moved aside, never overwritten
 * (electron-store's clearInvalidConfig would silently discard it); a failed write is reported to
 * the caller and the value is kept in memory for this session. Older files are read as they are
 * (missing fields take their defaults) and written in the current version on the next change.
 */
export class PreferencesStore {
  private readonly store: ElectronStore<PreferencesFile>
  private current: Preferences
  /** Messages for the user about what happened while opening the file. */
  readonly notices: string[]

  private constructor(store: ElectronStore<PreferencesFile>, notices: string[]) {
    this.store = store
    this.notices = notices
    this.current = readPreferences(store.store)
  }

  static open(userDataDir: string, now: () => Date = () => new Date()): PreferencesStore {
    const notices: string[] = []
    let store: ElectronStore<PreferencesFile>
    try {
      store = createStore(userDataDir)
    } catch (error) {
      const file = join(userDataDir, `${STORE_NAME}.json`)
      if (!existsSync(file)) throw error
      const backup = join(userDataDir, `${STORE_NAME}.corrupt-${timestamp(now())}.json`)
      renameSync(file, backup)
      notices.push(
        `Your preferences file could not be read, so the app started with default preferences. The damaged file was kept as ${backup}.`
      )
      store = createStore(userDataDir)
    }
    return new PreferencesStore(store, notices)
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
    try {
      this.store.set({ schemaVersion: SCHEMA_VERSION, ...next })
    } catch (error) {
      throw new IpcError(
        'failed',
        `${what} could not be saved (${(error as Error).message}). It is kept for this session.`
      )
    }
    return this.get()
  }
}

/** Reads any version of the file; a field that is missing or invalid takes its default. */
function readPreferences(file: Partial<PreferencesFile>): Preferences {
  const reading = v.safeParse(ReadingSettingsSchema, file.reading)
  const positions = v.safeParse(v.record(SlugSchema, SlugSchema), file.positions)
  return {
    lastReportId: typeof file.lastReportId === 'string' ? file.lastReportId : null,
    reading: reading.success ? reading.output : { ...DEFAULT_READING_SETTINGS },
    positions: positions.success ? positions.output : {}
  }
}

function createStore(cwd: string): ElectronStore<PreferencesFile> {
  return new ElectronStore<PreferencesFile>({
    name: STORE_NAME,
    cwd,
    defaults: { schemaVersion: SCHEMA_VERSION, lastReportId: null },
    clearInvalidConfig: false
  })
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}
