import {
  loadSearchEngine,
  openGeneratedContent,
  readGeneratedGlossary
} from '../content/load-generated'
import type { GlossaryTerm } from '../shared/glossary/glossary-model'
import { libraryWithGlossary as withGlossary } from '../shared/glossary/glossary-search'
import {
  IpcError,
  type ContentProblem,
  type LibraryOverview,
  type Preferences
} from '../shared/ipc-contract'
import {
  summarizeReport,
  type Library,
  type ProcessedReport,
  type ReportSummary
} from '../shared/report-model'
import {
  asYouTypeRequest,
  type SearchEngine,
  type SearchResponse
} from '../shared/search/search-types'
import { sectionFinder, type SectionMatch } from '../shared/sections/section-match'
import {
  NO_PREVIOUS_EDITIONS,
  openPreviousEditions,
  type PreviousEditionsAccess
} from './previous-editions'
import { say } from './words'

/** The search engine as main holds it: not yet asked for, being loaded, loaded, or not to be had. */
export interface SearchAccess {
  /**
   * Starts loading the index (later calls do nothing). Main starts it once the window has its
   * first report, so reading and decoding the index never delays the report on screen (main also
   * serves the window's own files); a search asked before then starts it too.
   */
  start(): void
  /**
   * The engine, starting its loading if need be; null while it is being loaded. Throws an
   * IpcError if it cannot be loaded.
   */
  current(): SearchEngine | null
  /**
   * Resolves to the engine once started and loaded; rejects with an IpcError if it cannot be.
   * The engine reads no report: the results' text is in the index.
   */
  ready: Promise<SearchEngine>
}

/** The content main serves: the library (reports read when first used) and its search. */
export type LibraryLoad =
  | {
      ok: true
      library: Library
      summaries: ReportSummary[]
      search: SearchAccess
      /** Every report's acronyms (glossary.json); none for content built without one. */
      glossary: GlossaryTerm[]
      /** The previous editions the content bundles, read when first asked for. */
      previousEditions: PreviousEditionsAccess
      /**
       * The reports that have a section (by section key), from the table of contents: no report
       * is read to answer (see sectionFinder).
       */
      reportsWithSection: (key: string) => SectionMatch[]
    }
  | { ok: false; problem: ContentProblem }

/**
 * Opens the generated content for the window: its table of contents at once (the overview and
 * the report on screen need nothing else), the search index in the background once started
 * (see SearchAccess.start). Until the index is loaded, a search is answered with "Search is
 * getting ready…" (see searchGettingReady).
 */
export function openLibrary(generatedDir: string): LibraryLoad {
  const opened = openGeneratedContent(generatedDir)
  if (!opened.ok) return opened
  const { content, summaries } = opened
  const glossary = readGeneratedGlossary(generatedDir)
  const search = loadingSearch(() =>
    loadSearchEngine(content).then((load) => {
      if (load.ok) return withGlossary(load.engine, content.library, glossary)
      throw new IpcError('failed', say('search.unavailable', { reason: load.problem.message }))
    })
  )
  const previousEditions = openPreviousEditions(generatedDir)
  return {
    ok: true,
    library: content.library,
    summaries,
    search,
    glossary,
    previousEditions,
    reportsWithSection: sectionFinder(content.outline)
  }
}

/** A library already in memory, with its engine: for the CLI's and tests' eager loads. */
export function libraryInMemory(
  library: Library,
  engine: SearchEngine,
  glossary: GlossaryTerm[] = []
): LibraryLoad {
  const searching = withGlossary(engine, library, glossary)
  return {
    ok: true,
    library,
    summaries: library.reports.map(summarizeReport),
    previousEditions: NO_PREVIOUS_EDITIONS,
    search: {
      start: () => undefined,
      current: () => searching,
      ready: Promise.resolve(searching)
    },
    glossary,
    reportsWithSection: sectionFinder(library.reports)
  }
}

function loadingSearch(load: () => Promise<SearchEngine>): SearchAccess {
  let engine: SearchEngine | null = null
  let failure: unknown = null
  let begin: () => void = () => undefined
  const started = new Promise<void>((resolve) => (begin = resolve))
  const ready = started.then(load).then(
    (loaded) => {
      warmUp(loaded)
      return (engine = loaded)
    },
    (error: unknown) => {
      failure = error
      throw error
    }
  )
  ready.catch(() => undefined) // a failure is reported to whoever searches, not as unhandled
  return {
    start: () => begin(),
    current: () => {
      begin()
      if (failure) throw failure
      return engine
    },
    ready
  }
}

/**
 * Searches the app makes itself once the engine is loaded, each in its own turn of the event loop
 * (a search the user types waits for one at most): a word being typed, several words, a phrase, a
 * misspelling. So the engine's code is compiled, and its typo table read, before the user's first
 * search (cold, that first search took 57–86 ms of CPU at 10 MB; after these, 19–23).
 */
const WARM_UP = ['co', 'con', 'in th', 'co an', '"of the', 'qzxwvjkpq']

function warmUp(engine: SearchEngine): void {
  const next = (i: number) => {
    const query = WARM_UP[i]
    if (query === undefined) return
    setImmediate(() => {
      engine.search(query, asYouTypeRequest(null))
      next(i + 1)
    })
  }
  next(0)
}

/** What a search gets while the index is still being loaded: say so, and ask again soon. */
export function searchGettingReady(query: string): SearchResponse {
  return {
    query: query.trim(),
    message: say('search.gettingReady'),
    corrected: null,
    total: 0,
    results: [],
    preparing: true
  }
}

export function libraryOverview(
  load: LibraryLoad,
  preferences: Preferences,
  notices: string[],
  appVersion: string,
  userDataProblem: string | null = null,
  systemLanguages: readonly string[] = []
): LibraryOverview {
  if (!load.ok) return { ok: false, problem: load.problem }
  const reports = load.summaries
  const { lastReportId, reading, layout, positions } = preferences
  const remembered = reports.some((r) => r.id === lastReportId) ? lastReportId : null
  return {
    ok: true,
    reports,
    edition: load.library.edition,
    appVersion,
    lastReportId: remembered,
    reading,
    layout,
    positions,
    notices,
    userDataProblem,
    systemLanguages: [...systemLanguages]
  }
}

/** A report's acronyms, alphabetically; none for a report without, or content without a glossary. */
export function glossaryOf(load: LibraryLoad, reportId: string): GlossaryTerm[] {
  return load.ok ? load.glossary.filter((term) => term.reportId === reportId) : []
}

export function findReport(load: LibraryLoad, reportId: string): ProcessedReport | undefined {
  return load.ok ? load.library.reports.find((r) => r.id === reportId) : undefined
}
