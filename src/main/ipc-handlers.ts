import {
  IpcError,
  methodForChannel,
  parseIpcArgs,
  type IpcArgs,
  type IpcEnvelope,
  type IpcEvent,
  type IpcEventPayload,
  type IpcMethod,
  type IpcResults
} from '../shared/ipc-contract'
import { AnnotationService, type FileDialogs } from './annotation-service'
import type { AnnotationStore } from './annotation-store'
import {
  findReport,
  glossaryOf,
  libraryOverview,
  searchGettingReady,
  type LibraryLoad
} from './library-service'
import type { PreferencesStore } from './preferences-store'
import { EditionChangesService } from './edition-changes-service'
import { comparisonInWorker, type WorkerScript } from './edition-comparer'
import type { ReadEditionsStore } from './read-editions-store'
import type { StartNotesWorker } from './notes-store/notes-worker-client'
import { PrintService, type Printer } from './print-service'
import { TeamService } from './team/team-service'
import type { TeamSettingsStore } from './team/team-settings-store'
import type { StartTeamWorker } from './team/team-worker-client'
import type { DisplayLocale } from '../shared/i18n/choose-locale'
import { say, speakAsChosen, spokenLocale } from './words'

export interface MainServices {
  library: LibraryLoad
  preferences: PreferencesStore
  annotations: AnnotationStore
  /** The text of the edition of each report the user last opened. */
  readEditions: ReadEditionsStore
  dialogs: FileDialogs
  /** Prints the reader's page or makes a PDF of it: Electron's webContents in the app. */
  printer: Printer
  /** The app's version, for the About screen. */
  appVersion: string
  /** The system's preferred languages, most preferred first (app.getPreferredSystemLanguages()). */
  systemLanguages?: readonly string[]
  /** Sends an event of the contract to the window (webContents.send in the app). */
  sendToWindow?: SendToWindow
  /**
   * Main now speaks another language (the reader chose it in Display): what main shows itself
   * follows, e.g. the application menu is rebuilt (index.ts).
   */
  onLanguageChanged?: (locale: DisplayLocale) => void
  /** Starts the notes worker: the built one in the app, from source elsewhere (the default). */
  startNotesWorker?: StartNotesWorker
  /** The worker thread that compares editions for "What changed" (edition-comparer.ts). */
  comparisonWorker: WorkerScript
  /** Team notes: the reader's choice; without it (older tests) the team feature is off. */
  team?: {
    settings: TeamSettingsStore
    chooseFolder: () => Promise<string | null>
    startWorker?: StartTeamWorker
    pollMs?: number
    /** The edition's course notes file (course-notes.json in the generated folder). */
    courseNotesFile?: string | null
  }
}

export type SendToWindow = <E extends IpcEvent>(event: E, payload: IpcEventPayload<E>) => void

export type IpcHandlers = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => IpcResults[M] | Promise<IpcResults[M]>
}

/** The main-process side of every IPC method. Free of Electron so the e2e harness runs it as is. */
export function createIpcHandlers({
  library,
  preferences,
  annotations,
  readEditions,
  dialogs,
  printer,
  appVersion,
  systemLanguages = [],
  sendToWindow = () => undefined,
  onLanguageChanged = () => undefined,
  startNotesWorker,
  comparisonWorker,
  team: teamOptions
}: MainServices): IpcHandlers & { team: TeamService | null } {
  // Main speaks the language the window speaks: the same sources, the same choice.
  const followLanguage = (choice: string) => {
    const editionDefault = library.ok ? (library.library.edition.language ?? null) : null
    if (speakAsChosen({ choice, editionDefault, systemLanguages }))
      onLanguageChanged(spokenLocale())
  }
  followLanguage(preferences.get().reading.language)
  const notes = new AnnotationService(annotations, library.ok ? library.library : null, dialogs, {
    ...(startNotesWorker && { startWorker: startNotesWorker })
  })
  const editions = new EditionChangesService(
    readEditions,
    library,
    () => notes.allViews(),
    comparisonInWorker(comparisonWorker),
    (preferences.unavailable ?? annotations.unavailable) !== null
  )
  // The report on screen is the one last chosen (the renderer saves each switch), else the first.
  const printing = new PrintService(printer, dialogs, () => {
    const last = preferences.get().lastReportId
    if (last && findReport(library, last)) return last
    return library.ok ? (library.library.reports[0]?.id ?? null) : null
  })
  const team = teamOptions
    ? new TeamService({
        ...teamOptions,
        store: annotations,
        notes,
        library: library.ok ? library.library : null,
        onChanged: (version) => sendToWindow('teamChanged', version)
      })
    : null
  const requireTeam = () => {
    if (!team) throw new IpcError('failed', say('team.unavailable'))
    return team
  }
  // Each change to the reader's notes is written to their team files (only those that differ).
  const shared = async <T>(change: Promise<T>): Promise<T> => {
    const result = await change
    void team?.ownNotesChanged()
    return result
  }
  return {
    team,
    getTeam: () => requireTeam().state(),
    setTeam: (choice) => requireTeam().choose(choice),
    chooseTeamFolder: () => (teamOptions ? teamOptions.chooseFolder() : null),
    listTeamNotes: (filter, from) => requireTeam().list(filter, from),
    teamNotesInReport: (reportId) => requireTeam().inReport(reportId),
    searchTeamNotes: (query) => requireTeam().search(query),
    copyTeamNote: (personId, id) => requireTeam().copyToMine(personId, id),
    // Without team notes nothing is ever shared: a plain note is as private.
    createPrivateAnnotation: (input) => (team ? team.createPrivate(input) : notes.create(input)),
    setNotePrivate: (id, isPrivate) => requireTeam().setPrivate(id, isPrivate),
    markTeamSeen: () => requireTeam().markSeen(),
    getLibraryOverview: () =>
      libraryOverview(
        library,
        preferences.get(),
        preferences.notices,
        appVersion,
        preferences.unavailable ?? annotations.unavailable,
        systemLanguages
      ),
    getReport: (reportId) => {
      const report = findReport(library, reportId)
      if (!report) throw new IpcError('not-found', say('report.notFound', { id: reportId }))
      // Its text is read here the first time (library-service.ts): sent as plain data. The
      // window has a report to show: now the search index may load.
      const answer = { ...report }
      if (library.ok) library.search.start()
      return answer
    },
    getGlossary: (reportId) => {
      if (!findReport(library, reportId)) {
        throw new IpcError('not-found', say('report.notFound', { id: reportId }))
      }
      return glossaryOf(library, reportId)
    },
    reportsWithSection: (key) => (library.ok ? library.reportsWithSection(key) : []),
    getSection: (reportId, sectionId) => {
      const report = findReport(library, reportId)
      if (!report) throw new IpcError('not-found', say('report.notFound', { id: reportId }))
      const section = report.sections.find((s) => s.id === sectionId)
      if (!section) {
        throw new IpcError(
          'not-found',
          say('report.noSection', { title: report.metadata.title, section: sectionId })
        )
      }
      return { ...report, sections: [section] }
    },
    setLastReport: (reportId) => {
      if (!findReport(library, reportId)) {
        throw new IpcError('not-found', say('report.notFound', { id: reportId }))
      }
      return preferences.setLastReport(reportId)
    },
    // The window speaks the new language at once, whether or not the choice can be saved.
    setReadingSettings: (reading) => {
      followLanguage(reading.language)
      return preferences.setReadingSettings(reading)
    },
    setLayout: (layout) => preferences.setLayout(layout),
    setReadingPosition: (reportId, paragraphId) => {
      if (!findReport(library, reportId)) {
        throw new IpcError('not-found', say('report.notFound', { id: reportId }))
      }
      return preferences.setReadingPosition(reportId, paragraphId)
    },
    search: (query, options) => {
      const engine = searchOf(library).current()
      return engine ? engine.search(query, options) : searchGettingReady(query)
    },
    hitsInReport: async (query, reportId) => {
      if (!findReport(library, reportId)) {
        throw new IpcError('not-found', say('report.notFound', { id: reportId }))
      }
      const search = searchOf(library)
      search.start()
      return (await search.ready).hitsInReport(query, reportId)
    },
    searchNotes: (query) => notes.search(query),
    listAnnotations: (from) => notes.snapshot(from),
    createAnnotation: (input) => shared(notes.create(input)),
    updateAnnotation: (id, changes) => shared(notes.update(id, changes)),
    deleteAnnotation: (id) => shared(notes.remove(id)),
    restoreAnnotation: (id) => shared(notes.restore(id)),
    setColorLabels: async (labels) => ({
      colorLabels: await annotations.setColorLabels(labels),
      saveState: annotations.saveState()
    }),
    retrySave: () => annotations.retryNow(),
    exportAnnotations: (format, options) => notes.export(format, options),
    importAnnotations: () =>
      shared(notes.import((progress) => sendToWindow('importProgress', progress))),
    reportOpened: (reportId) => editions.opened(reportId),
    compareWithPreviousEdition: (reportId) => editions.sincePreviousEdition(reportId),
    exportPdf: () => printing.exportPdf(),
    printReport: () => printing.print()
  }
}

function searchOf(library: LibraryLoad) {
  if (!library.ok) throw new IpcError('failed', say('search.unavailableNoContent'))
  return library.search
}

/**
 * Validates a call against the contract and runs its handler, always answering with an envelope.
 * The transport (ipcMain, or the browser harness) has already checked who the sender is.
 */
export async function dispatchIpc(
  handlers: IpcHandlers,
  channel: string,
  rawArgs: unknown
): Promise<IpcEnvelope<unknown>> {
  const method = methodForChannel(channel)
  if (!method) return failure(new IpcError('unknown-channel', `Unknown IPC channel "${channel}".`))
  try {
    const args = parseIpcArgs(method, rawArgs)
    const handler = handlers[method] as (...a: unknown[]) => unknown
    return { ok: true, value: await handler(...(args as unknown[])) }
  } catch (error) {
    return failure(error)
  }
}

function failure(error: unknown): IpcEnvelope<never> {
  if (error instanceof IpcError)
    return { ok: false, error: { code: error.code, message: error.message } }
  return {
    ok: false,
    error: { code: 'failed', message: (error as Error)?.message ?? String(error) }
  }
}
