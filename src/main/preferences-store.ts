import { existsSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import ElectronStore from 'electron-store'
import { IpcError, type Preferences } from '../shared/ipc-contract'

interface PreferencesFile {
  schemaVersion: number
  lastReportId: string | null
}

const STORE_NAME = 'preferences'
const SCHEMA_VERSION = 1

/**
 * The reader's preferences, in an electron-store file in the user-data folder. Main is the only
 * writer (single-instance lock). A damaged file is moved aside, never overwritten
 * (electron-store's clearInvalidConfig would silently discard it); a failed write is reported to
 * the caller and the value is kept in memory for this session.
 */
export class PreferencesStore {
  private readonly store: ElectronStore<PreferencesFile>
  private current: Preferences
  /** Messages for the user about what happened while opening the file. */
  readonly notices: string[]

  private constructor(store: ElectronStore<PreferencesFile>, notices: string[]) {
    this.store = store
    this.notices = notices
    const lastReportId = store.get('lastReportId')
    this.current = { lastReportId: typeof lastReportId === 'string' ? lastReportId : null }
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
    return { ...this.current }
  }

  setLastReport(reportId: string): Preferences {
    this.current = { ...this.current, lastReportId: reportId }
    try {
      this.store.set({ schemaVersion: SCHEMA_VERSION, lastReportId: reportId })
    } catch (error) {
      throw new IpcError(
        'failed',
        `Your choice of report could not be saved (${(error as Error).message}). It is kept for this session.`
      )
    }
    return this.get()
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
