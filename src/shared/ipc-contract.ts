import * as v from 'valibot'
import { SlugSchema, type Edition, type ProcessedReport, type ReportSummary } from './report-model'
import type { GlossaryTerm } from './glossary/glossary-model'
import type { ReportHits, SearchResponse } from './search/search-types'
import {
  AnnotationChangesSchema,
  AnnotationIdSchema,
  ColorLabelsSchema,
  NewAnnotationSchema,
  type Annotation,
  type ColorLabels,
  type SaveState
} from './annotations/annotation-model'
import type { Anchor } from './annotations/anchoring'
import { NotesFilterSchema } from './annotations/notes-filter'
import type { NoteHit } from './annotations/search-notes'
import type { EditionComparison } from './compare/edition-comparison'
import { sectionKey, type SectionMatch } from './sections/section-match'
import { FOLLOW_THE_SYSTEM, LanguageChoiceSchema } from './i18n/language-tags'
import { TeamChoiceSchema, TeamFilterSchema, type TeamState } from './team/team-model'
import type { TeamNoteHit, TeamNotesPage } from './team/team-results'

/**
 * The one IPC contract between renderer and main: method names, channel names, argument schemas
 * (checked in main on every call) and result types. Main, preload, the e2e harness and the tests
 * all derive from this table, so a channel cannot exist on one side only.
 */

/** Why the app cannot show its content; the renderer shows this on an error screen. */
export interface ContentProblem {
  code: 'content-missing' | 'content-corrupt'
  message: string
  /** The generated file that is missing or unreadable. */
  path: string
}

export type LibraryOverview =
  | {
      ok: true
      reports: ReportSummary[]
      /** The edition this copy of the app is, for the title and the About screen. */
      edition: Edition
      appVersion: string
      lastReportId: string | null
      reading: ReadingSettings
      layout: Layout
      positions: Record<string, string>
      /** Things the user must be told, e.g. a damaged preferences file that was moved aside. */
      notices: string[]
      /**
       * Why nothing the user changes can be saved this session (the user-data folder cannot be
       * used), or null. The renderer says so before the reader opens.
       */
      userDataProblem: string | null
      /**
       * The system's preferred languages, most preferred first (Electron's
       * app.getPreferredSystemLanguages()): the app speaks the first it has a catalog for.
       */
      systemLanguages: string[]
    }
  | { ok: false; problem: ContentProblem }

export const THEMES = ['system', 'light', 'dark'] as const
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const
export const LINE_SPACINGS = ['compact', 'normal', 'relaxed'] as const
/** Reading typefaces: two bundled with the app (nothing is downloaded), and the system's serif. */
export const TYPEFACES = ['literata', 'atkinson', 'system'] as const
export const FONT_SIZE = { min: 14, max: 28, default: 18 } as const

export const ReadingSettingsSchema = v.strictObject({
  theme: v.picklist(THEMES),
  fontSize: v.pipe(v.number(), v.integer(), v.minValue(FONT_SIZE.min), v.maxValue(FONT_SIZE.max)),
  lineWidth: v.picklist(LINE_WIDTHS),
  lineSpacing: v.picklist(LINE_SPACINGS),
  typeface: v.picklist(TYPEFACES),
  /** The language of the app's words: `system` follows the system (see choose-locale.ts). */
  language: LanguageChoiceSchema
})
export type ReadingSettings = v.InferOutput<typeof ReadingSettingsSchema>

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  theme: 'system',
  fontSize: FONT_SIZE.default,
  lineWidth: 'medium',
  lineSpacing: 'normal',
  typeface: 'literata',
  language: FOLLOW_THE_SYSTEM
}

export const SIDEBAR_WIDTH = { min: 200, max: 480, default: 312 } as const

/** Where the reader keeps the sidebar: open or collapsed, and how wide (CSS pixels). */
export const LayoutSchema = v.strictObject({
  sidebarOpen: v.boolean(),
  sidebarWidth: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(SIDEBAR_WIDTH.min),
    v.maxValue(SIDEBAR_WIDTH.max)
  )
})
export type Layout = v.InferOutput<typeof LayoutSchema>

export const DEFAULT_LAYOUT: Layout = { sidebarOpen: true, sidebarWidth: SIDEBAR_WIDTH.default }

export interface Preferences {
  lastReportId: string | null
  reading: ReadingSettings
  layout: Layout
  /** Where the reader left each report: the paragraph at the top of the view. */
  positions: Record<string, string>
}

/**
 * Queries may be whole pasted pages: the engine shortens them and says so, so the contract only
 * refuses what no one types (and what would be costly to copy between processes).
 */
const QueryTextSchema = v.pipe(v.string(), v.maxLength(100_000))

const SearchOptionsSchema = v.strictObject({
  reportId: v.optional(v.nullable(SlugSchema)),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  asYouType: v.optional(v.boolean())
})

/** A time zone as the renderer's Intl reports it (`Asia/Almaty`, `UTC`, `+05:30`). */
const TimeZoneSchema = v.pipe(v.string(), v.maxLength(64), v.regex(/^[A-Za-z0-9_+\-/:]+$/))

/**
 * What to export: the notes matching `filter` (all of them for `{}`), with times written in the
 * reader's time zone.
 */
export const ExportOptionsSchema = v.strictObject({
  filter: NotesFilterSchema,
  timeZone: TimeZoneSchema
})
export type ExportOptions = v.InferOutput<typeof ExportOptionsSchema>

/** A section key as sectionKey makes it (the comparison asks main which reports hold it). */
const SectionKeySchema = v.pipe(
  v.string(),
  v.nonEmpty(),
  v.maxLength(1000),
  v.check((key) => sectionKey(key) === key, 'is not a section key')
)

/** Print and PDF export: the renderer has already laid the page out with or without notes. */
const PrintOptionsSchema = v.strictObject({ withNotes: v.boolean() })

export const ipcContract = {
  getLibraryOverview: {
    channel: 'library:get-overview',
    args: v.tuple([])
  },
  getReport: {
    channel: 'library:get-report',
    args: v.tuple([SlugSchema])
  },
  /** A report's acronyms and what they stand for, alphabetically. */
  getGlossary: {
    channel: 'library:get-glossary',
    args: v.tuple([SlugSchema])
  },
  /** Which reports hold a section (by its key): the comparison's choice of columns. */
  reportsWithSection: {
    channel: 'library:reports-with-section',
    args: v.tuple([SectionKeySchema])
  },
  /** One section of a report (report id, section id): a column of the comparison. */
  getSection: {
    channel: 'library:get-section',
    args: v.tuple([SlugSchema, SlugSchema])
  },
  setLastReport: {
    channel: 'preferences:set-last-report',
    args: v.tuple([SlugSchema])
  },
  setReadingSettings: {
    channel: 'preferences:set-reading-settings',
    args: v.tuple([ReadingSettingsSchema])
  },
  setReadingPosition: {
    channel: 'preferences:set-reading-position',
    args: v.tuple([SlugSchema, SlugSchema])
  },
  setLayout: {
    channel: 'preferences:set-layout',
    args: v.tuple([LayoutSchema])
  },
  search: {
    channel: 'search:query',
    args: v.tuple([QueryTextSchema, SearchOptionsSchema])
  },
  hitsInReport: {
    channel: 'search:hits-in-report',
    args: v.tuple([QueryTextSchema, SlugSchema])
  },
  searchNotes: {
    channel: 'search:notes',
    args: v.tuple([QueryTextSchema])
  },
  /**
   * The notes a page at a time (LIST_PAGE_SIZE notes, LIST_PAGE_CHARS characters), from the first
   * (0) or from where the previous page said the next one starts: each page is built and copied
   * across on its own.
   */
  listAnnotations: {
    channel: 'annotations:list',
    args: v.tuple([v.pipe(v.number(), v.safeInteger(), v.minValue(0))])
  },
  createAnnotation: {
    channel: 'annotations:create',
    args: v.tuple([NewAnnotationSchema])
  },
  updateAnnotation: {
    channel: 'annotations:update',
    args: v.tuple([AnnotationIdSchema, AnnotationChangesSchema])
  },
  deleteAnnotation: {
    channel: 'annotations:delete',
    args: v.tuple([AnnotationIdSchema])
  },
  /** Undo of a delete: only a note deleted this session comes back, as it was. */
  restoreAnnotation: {
    channel: 'annotations:restore',
    args: v.tuple([AnnotationIdSchema])
  },
  setColorLabels: {
    channel: 'annotations:set-color-labels',
    args: v.tuple([ColorLabelsSchema])
  },
  retrySave: {
    channel: 'annotations:retry-save',
    args: v.tuple([])
  },
  exportAnnotations: {
    channel: 'annotations:export',
    args: v.tuple([v.picklist(['markdown', 'json']), ExportOptionsSchema])
  },
  importAnnotations: {
    channel: 'annotations:import',
    args: v.tuple([])
  },
  /** Called as a report opens: main keeps its text and says what changed since it was last read. */
  reportOpened: {
    channel: 'editions:report-opened',
    args: v.tuple([SlugSchema])
  },
  compareWithPreviousEdition: {
    channel: 'editions:compare-previous',
    args: v.tuple([SlugSchema])
  },
  exportPdf: {
    channel: 'print:export-pdf',
    args: v.tuple([PrintOptionsSchema])
  },
  printReport: {
    channel: 'print:print',
    args: v.tuple([PrintOptionsSchema])
  },
  /** Team notes (src/main/team): the reader's choice, and colleagues' notes as layers. */
  getTeam: {
    channel: 'team:get',
    args: v.tuple([])
  },
  setTeam: {
    channel: 'team:set',
    args: v.tuple([TeamChoiceSchema])
  },
  /** The native folder chooser; the folder is only used once setTeam is called with it. */
  chooseTeamFolder: {
    channel: 'team:choose-folder',
    args: v.tuple([])
  },
  listTeamNotes: {
    channel: 'team:list',
    args: v.tuple([TeamFilterSchema, v.pipe(v.number(), v.safeInteger(), v.minValue(0))])
  },
  teamNotesInReport: {
    channel: 'team:in-report',
    args: v.tuple([SlugSchema])
  },
  searchTeamNotes: {
    channel: 'team:search',
    args: v.tuple([QueryTextSchema])
  },
  /** Copies a colleague's note (their person id, the note's id) into the reader's own notes. */
  copyTeamNote: {
    channel: 'team:copy-note',
    args: v.tuple([v.pipe(v.string(), v.maxLength(64)), AnnotationIdSchema])
  },
  /** A new note that is private from the start: it is never written to the team folder. */
  createPrivateAnnotation: {
    channel: 'team:create-private',
    args: v.tuple([NewAnnotationSchema])
  },
  /** A private note is never written to the team folder. */
  setNotePrivate: {
    channel: 'team:set-private',
    args: v.tuple([AnnotationIdSchema, v.boolean()])
  },
  markTeamSeen: {
    channel: 'team:mark-seen',
    args: v.tuple([])
  }
} as const

/** What each method resolves to. */
export interface IpcResults {
  getLibraryOverview: LibraryOverview
  getReport: ProcessedReport
  getGlossary: GlossaryTerm[]
  reportsWithSection: SectionMatch[]
  /** The report with that one section only: its id, metadata and edition as getReport has them. */
  getSection: ProcessedReport
  setLastReport: Preferences
  setReadingSettings: Preferences
  setReadingPosition: Preferences
  setLayout: Preferences
  search: SearchResponse
  hitsInReport: ReportHits
  searchNotes: NoteHit[]
  listAnnotations: AnnotationsSnapshot
  createAnnotation: AnnotationChange
  updateAnnotation: AnnotationChange
  deleteAnnotation: AnnotationChange
  restoreAnnotation: AnnotationChange
  setColorLabels: { colorLabels: ColorLabels; saveState: SaveState }
  retrySave: SaveState
  /** `empty`: no note matches; nothing was asked or written. */
  exportAnnotations:
    { status: 'saved'; path: string; count: number } | { status: 'cancelled' } | { status: 'empty' }
  importAnnotations: ImportOutcome
  reportOpened: EditionChangesAnswer
  compareWithPreviousEdition: EditionComparison
  exportPdf: { status: 'saved'; path: string } | { status: 'cancelled' }
  printReport: { status: 'done' }
  getTeam: TeamState
  setTeam: TeamState
  chooseTeamFolder: string | null
  listTeamNotes: TeamNotesPage
  teamNotesInReport: TeamNotesPage
  searchTeamNotes: TeamNoteHit[]
  copyTeamNote: AnnotationChange
  createPrivateAnnotation: AnnotationChange
  setNotePrivate: TeamState
  markTeamSeen: TeamState
}

/** What main says as a report opens about its editions. */
export interface EditionChangesAnswer {
  /**
   * What changed since the edition of this report the user last opened, or null: first opened,
   * or the same edition.
   */
  sinceLastRead: EditionComparison | null
  /** The label of the previous edition the app bundles for this report, or null if none. */
  previousEdition: string | null
  /** Something the user must be told, e.g. that the text of this edition could not be kept. */
  notice: string | null
}

/** An annotation with where it sits in the current edition of its report. */
export interface AnnotationView {
  annotation: Annotation
  anchor: Anchor
  /**
   * The section a note is in: its heading, and its place among the report's sections (for listing
   * notes in reading order). For a note that could not be placed, where it was (index null). Main
   * says it, so the notes of every report can be listed and cited without sending the window
   * every report's headings. Null when the note's report is not in this app.
   */
  section: { heading: string; index: number | null } | null
}

/**
 * The most notes per page of listAnnotations, and about the most characters they take: main builds
 * each page and copies it to the window in one piece, which must stay short (a few ms), however
 * long the notes are (a page ends early at long ones).
 */
export const LIST_PAGE_SIZE = 500
export const LIST_PAGE_CHARS = 250_000

export interface AnnotationsSnapshot {
  /** One page of the notes, oldest first. */
  items: AnnotationView[]
  /** Where the next page starts (listAnnotations(next)), or null: this is the last page. */
  next: number | null
  colorLabels: ColorLabels
  saveState: SaveState
  /** Things the user must be told, e.g. a damaged notes file that was moved aside. */
  notices: string[]
  /**
   * What this launch did to notes made on an earlier edition: how many followed their text
   * unchanged, how many now cover changed words, how many could not be placed.
   */
  placedAtLaunch: PlacementCounts
}

export interface PlacementCounts {
  moved: number
  changed: number
  unplaced: number
}

/** The result of one change: the annotation as it now is (or as it was, when deleted). */
export interface AnnotationChange {
  item: AnnotationView
  saveState: SaveState
}

/**
 * How far an import got, sent to the window while it runs: `checking` its items (all read from
 * the file), then `saving` the new notes (those not already there), each batch once on disk.
 */
export const ImportProgressSchema = v.strictObject({
  stage: v.picklist(['checking', 'saving']),
  done: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  total: v.pipe(v.number(), v.safeInteger(), v.minValue(0))
})
export type ImportProgress = v.InferOutput<typeof ImportProgressSchema>

export type ImportOutcome =
  | { status: 'imported'; imported: number; skipped: number; invalid: number; problems: string[] }
  | { status: 'cancelled' }
  | { status: 'unreadable'; message: string }

export type IpcMethod = keyof typeof ipcContract
export type IpcArgs<M extends IpcMethod> = v.InferOutput<(typeof ipcContract)[M]['args']>
export type IpcChannel = (typeof ipcContract)[IpcMethod]['channel']

/** What the application menu asks the renderer to do. */
export const MENU_COMMANDS = [
  'print',
  'export-pdf',
  'undo',
  'theme-system',
  'theme-light',
  'theme-dark',
  'shortcuts',
  'about'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/**
 * Events main sends to the renderer (webContents.send), with a schema for each payload. The
 * preload checks every payload before the page sees it and never hands over Electron's event.
 */
export const ipcEvents = {
  menuCommand: { channel: 'menu:command', payload: v.picklist(MENU_COMMANDS) },
  importProgress: { channel: 'annotations:import-progress', payload: ImportProgressSchema },
  /** The team's notes or the folder's state changed (a new version of getTeam's answer). */
  teamChanged: {
    channel: 'team:changed',
    payload: v.pipe(v.number(), v.safeInteger(), v.minValue(0))
  }
} as const

export type IpcEvent = keyof typeof ipcEvents
export type IpcEventPayload<E extends IpcEvent> = v.InferOutput<(typeof ipcEvents)[E]['payload']>
export type IpcEventChannel = (typeof ipcEvents)[IpcEvent]['channel']
/** `menuCommand` → `onMenuCommand`: the name under which the page subscribes to an event. */
export type IpcEventSubscriber<E extends IpcEvent> = `on${Capitalize<E>}`

/** The API the preload exposes as `window.reader`: every method, and a subscriber per event. */
export type ReaderApi = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResults[M]>
} & {
  /** Calls `callback` with each event's payload; the returned function unsubscribes. */
  [E in IpcEvent as IpcEventSubscriber<E>]: (
    callback: (payload: IpcEventPayload<E>) => void
  ) => () => void
}

/**
 * Every reply crosses the boundary as an envelope: Electron would otherwise wrap a thrown error in
 * "Error invoking remote method …", and structured-clone strips its fields.
 */
export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: IpcErrorInfo }

export interface IpcErrorInfo {
  code: 'invalid-payload' | 'unknown-channel' | 'forbidden-sender' | 'not-found' | 'failed'
  message: string
}

export class IpcError extends Error {
  readonly code: IpcErrorInfo['code']
  constructor(code: IpcErrorInfo['code'], message: string) {
    super(message)
    this.name = 'IpcError'
    this.code = code
  }
}

const methodByChannel = new Map<string, IpcMethod>(
  (Object.keys(ipcContract) as IpcMethod[]).map((m) => [ipcContract[m].channel, m])
)

export function methodForChannel(channel: string): IpcMethod | undefined {
  return methodByChannel.get(channel)
}

/**
 * Validates raw arguments for a channel; throws IpcError with a readable message otherwise. A call
 * with more arguments than the method's tuple is refused too (valibot's `tuple` would drop them
 * silently): nothing the contract does not name reaches a handler.
 */
export function parseIpcArgs<M extends IpcMethod>(method: M, raw: unknown): IpcArgs<M> {
  const schema = ipcContract[method].args
  if (Array.isArray(raw) && raw.length > schema.items.length) {
    const most = schema.items.length
    throw new IpcError(
      'invalid-payload',
      `Invalid arguments for ${method}: it takes ${most === 0 ? 'no' : `at most ${most}`} argument${most === 1 ? '' : 's'}, not ${raw.length}`
    )
  }
  const result = v.safeParse(schema, raw)
  if (!result.success) {
    const issue = result.issues[0]
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? ''
    throw new IpcError(
      'invalid-payload',
      `Invalid arguments for ${method}${where ? ` (argument ${where})` : ''}: ${issue?.message ?? 'rejected'}`
    )
  }
  return result.output as IpcArgs<M>
}

/** Method → channel table; the preload and the browser harness build the API from it. */
export const channelByMethod = Object.fromEntries(
  (Object.keys(ipcContract) as IpcMethod[]).map((m) => [m, ipcContract[m].channel])
) as { [M in IpcMethod]: (typeof ipcContract)[M]['channel'] }

/**
 * Builds the renderer-facing API over any transport that delivers envelopes
 * (ipcRenderer.invoke in the preload, a Playwright binding in the browser harness), and events
 * (`subscribe` listens on one event channel and returns how to stop; it passes on the raw
 * payload only, which is checked against the contract here before the page's callback sees it).
 */
export function createReaderApi(
  invoke: (channel: IpcChannel, args: unknown[]) => Promise<unknown>,
  subscribe: (channel: IpcEventChannel, deliver: (payload: unknown) => void) => () => void
): ReaderApi {
  const api = {} as Record<string, (...args: never[]) => unknown>
  for (const method of Object.keys(channelByMethod) as IpcMethod[]) {
    api[method] = async (...args: unknown[]) => {
      const envelope = (await invoke(channelByMethod[method], args)) as IpcEnvelope<unknown>
      if (envelope.ok) return envelope.value
      throw new IpcError(envelope.error.code, envelope.error.message)
    }
  }
  for (const event of Object.keys(ipcEvents) as IpcEvent[]) {
    const { channel, payload } = ipcEvents[event]
    api[subscriberName(event)] = (callback: (value: unknown) => void) => {
      if (typeof callback !== 'function')
        throw new TypeError(`${subscriberName(event)} needs a function.`)
      return subscribe(channel, (raw) => {
        const parsed = v.safeParse(payload, raw)
        if (parsed.success) callback(parsed.output)
      })
    }
  }
  return api as unknown as ReaderApi
}

export function subscriberName<E extends IpcEvent>(event: E): IpcEventSubscriber<E> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as IpcEventSubscriber<E>
}
