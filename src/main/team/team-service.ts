import { stat } from 'node:fs/promises'
import type { NewAnnotation } from '../../shared/annotations/annotation-model'
import { movedTo } from '../../shared/annotations/placement'
import { textTargetForRange } from '../../shared/annotations/select-target'
import type { Library } from '../../shared/report-model'
import { whyFileFailed } from '../file-problems'
import {
  initialsOf,
  TEAM_LIMITS,
  type TeamChoice,
  type TeamFilter,
  type TeamNoteView,
  type TeamPerson,
  type TeamState
} from '../../shared/team/team-model'
import type { TeamNoteHit, TeamNotesPage } from '../../shared/team/team-results'
import { IpcError, type AnnotationChange, type AnnotationView } from '../../shared/ipc-contract'
import { annotationViews, type AnnotationService } from '../annotation-service'
import type { AnnotationStore } from '../annotation-store'
import { timeSlices } from '../time-slices'
import {
  startTeamWorkerFromSource,
  TeamWorkerClient,
  TeamWorkerStopped,
  type StartTeamWorker
} from './team-worker-client'
import type {
  LayerAuthor,
  TeamAnswers,
  TeamNotesSlice,
  TeamRequest,
  TeamSummary
} from './team-worker-protocol'
import type { TeamSettingsStore } from './team-settings-store'
import { watchTeamFolder } from './team-watch'
import { TeamWriter } from './team-writer'
import { say, spokenLocale } from '../words'

/** Team notes per page of the notes panel's list, and marks drawn in one report at most. */
export const TEAM_PAGE_SIZE = 500
export const TEAM_MARKS_LIMIT = 5000
/** Marks come from the worker this many at a time: each message main takes in stays small. */
const MARKS_PER_REQUEST = 1000

export interface TeamServiceOptions {
  settings: TeamSettingsStore
  store: AnnotationStore
  notes: AnnotationService
  library: Library | null
  /** Tells the window that the team's notes or the folder's state changed. */
  onChanged?: (version: number) => void
  startWorker?: StartTeamWorker
  pollMs?: number
  /** The trainer's notes bundled with the edition (course-notes.json), read-only layers. */
  courseNotesFile?: string | null
}

/**
 * Team notes in main: the reader's choice (sharing, folder, name), their own files written when
 * their notes change, and the folder watched. Everyone else's notes live on the team worker,
 * which reads them and answers what the window asks (lists, marks in a report, search, a note to
 * copy to the reader's notes); main keeps only its summary (people, counts, problems).
 */
export class TeamService {
  private worker: TeamWorkerClient | null = null
  private summary: TeamSummary | null = null
  /** Said when the worker stopped unexpectedly (it was started again, or given up on). */
  private workerNotice: string | null = null
  private writer: TeamWriter | null = null
  private watcher: { close: () => void; rewatch: () => void } | null = null
  private version = 0
  private writeProblem: string | null = null
  private publishing: Promise<void> = Promise.resolve()
  private publishAgain = false
  private publishQueued = false
  private readonly breathe = () => timeSlices(10)

  constructor(private readonly options: TeamServiceOptions) {
    this.connect()
  }

  state(): TeamState {
    const settings = this.options.settings.get()
    const people = this.people()
    const on = settings.sharing && settings.folder !== null
    return {
      sharing: settings.sharing,
      folder: settings.folder,
      me: settings.person,
      folderState: !on ? 'off' : this.summary?.folderError ? 'unreachable' : 'ok',
      people,
      notices: this.notices(),
      lastSeen: settings.lastSeen,
      privateIds: settings.privateIds,
      version: this.version
    }
  }

  /** Turns sharing on or off, or changes the folder or the reader's name. */
  async choose(choice: TeamChoice): Promise<TeamState> {
    if (choice.sharing && choice.folder === null) {
      throw new IpcError('failed', say('team.folderFirst'))
    }
    if (choice.folder !== null) {
      const info = await stat(choice.folder).catch((error: unknown) => {
        throw new IpcError(
          'failed',
          say('team.folderUnusable', {
            folder: choice.folder,
            reason: whyFileFailed(error, 'reading')
          })
        )
      })
      if (!info.isDirectory()) {
        throw new IpcError(
          'failed',
          `${choice.folder} is a file, not a folder. Nothing was changed.`
        )
      }
    }
    const settings = this.options.settings.get()
    await this.options.settings.set({
      sharing: choice.sharing,
      folder: choice.folder,
      person: { ...settings.person, name: choice.name }
    })
    this.disconnect()
    this.connect()
    await this.refresh()
    // In turn with every other publish: a private note being saved is never caught half-marked.
    await this.ownNotesChanged()
    return this.state()
  }

  /** The reader's notes changed: their files are written again (only those that differ). */
  ownNotesChanged(): Promise<void> {
    if (!this.writer) return Promise.resolve()
    if (this.publishQueued) return this.publishing
    this.publishQueued = true
    this.publishing = this.publishing.then(async () => {
      this.publishQueued = false
      await this.publishNow()
    })
    return this.publishing
  }

  /**
   * Saves a new note that is private from the start. Publishing waits while it is saved and
   * marked, so it is never written to the team folder, not even for a moment; a note that cannot
   * be marked private (the team settings cannot be written) is not kept either.
   */
  async createPrivate(input: NewAnnotation): Promise<AnnotationChange> {
    const saved = this.publishing.then(async () => {
      const change = await this.options.notes.create(input)
      const { id } = change.item.annotation
      try {
        await this.options.settings.set({
          privateIds: [...new Set([...this.options.settings.get().privateIds, id])]
        })
      } catch (error) {
        await this.options.notes.remove(id)
        throw new IpcError(
          'failed',
          say('team.privateNotSaved', {
            reason: whyFileFailed((error as Error).cause ?? error, 'writing')
          })
        )
      }
      // The window asks for the state again: its list of private notes now has this one.
      this.changed()
      return change
    })
    this.publishing = saved.then(
      () => undefined,
      () => undefined
    )
    return saved
  }

  async setPrivate(id: string, isPrivate: boolean): Promise<TeamState> {
    const ids = new Set(this.options.settings.get().privateIds)
    if (isPrivate) ids.add(id)
    else ids.delete(id)
    await this.options.settings.set({ privateIds: [...ids] })
    await this.ownNotesChanged()
    return this.state()
  }

  async markSeen(now = new Date()): Promise<TeamState> {
    await this.options.settings.set({ lastSeen: now.toISOString() })
    this.changed()
    return this.state()
  }

  /** A page of the team's notes that match the filter: by person, then report, in file order. */
  async list(filter: TeamFilter, from: number): Promise<TeamNotesPage> {
    const lastSeen = this.options.settings.get().lastSeen
    const slice = await this.ask(
      { type: 'notes', filter, lastSeen, from, limit: TEAM_PAGE_SIZE },
      { authors: [], items: [], total: 0 }
    )
    const items = this.views(slice)
    const end = from + items.length
    return { items, total: slice.total, next: end < slice.total ? end : null }
  }

  /** The team's notes on one report, for its marks: at most TEAM_MARKS_LIMIT, and how many. */
  async inReport(reportId: string): Promise<TeamNotesPage> {
    const lastSeen = this.options.settings.get().lastSeen
    const items: TeamNoteView[] = []
    let total = 0
    const breathe = this.breathe()
    while (items.length < TEAM_MARKS_LIMIT) {
      const slice = await this.ask(
        {
          type: 'notes',
          filter: { reportId },
          lastSeen,
          from: items.length,
          limit: Math.min(MARKS_PER_REQUEST, TEAM_MARKS_LIMIT - items.length)
        },
        { authors: [], items: [], total: 0 }
      )
      total = slice.total
      for (let at = 0; at < slice.items.length; at += 200) {
        const part = { ...slice, items: slice.items.slice(at, at + 200) }
        for (const view of this.views(part)) items.push(view)
        await breathe()
      }
      if (slice.items.length === 0 || items.length >= total) break
    }
    return { items, total, next: null }
  }

  /**
   * The team's notes that match what is typed in the search box ("In your team's notes"), found
   * by the worker's word index. A search that a newer one (the next keystroke) overtakes answers
   * nothing: the window shows only the newest answer.
   */
  async search(query: string): Promise<TeamNoteHit[]> {
    const search = ++this.searches
    const hits = await this.ask({ type: 'search', query, limit: 20 }, [])
    if (search !== this.searches) return []
    return hits.map(({ author, ...hit }) => ({ ...hit, person: this.personOf(author) }))
  }

  /** Searches started: a search that is not the latest answers nothing. */
  private searches = 0

  /** The worker's heap (the team bench prints it), or null without a worker. */
  async workerMemory(): Promise<TeamAnswers['memory'] | null> {
    return this.ask({ type: 'memory' }, null)
  }

  /** Copies a colleague's note into the reader's own, placed in the current edition. */
  async copyToMine(personId: string, annotationId: string): Promise<AnnotationChange> {
    if (!this.worker) throw new IpcError('not-found', say('team.noteGone'))
    const answer = await this.worker
      .request({ type: 'note', personId, annotationId })
      .catch((error: unknown) => {
        if (error instanceof TeamWorkerStopped) {
          throw new IpcError('failed', say('team.readerBusy'))
        }
        throw error
      })
    if (!answer) throw new IpcError('not-found', say('team.noteGone'))
    const found = answer.annotation
    const [view] = annotationViews([found], this.options.library)
    const report = this.options.library?.reports.find((r) => r.id === found.reportId)
    if (!view || !report || view.anchor.status !== 'anchored') {
      throw new IpcError('failed', say('team.noteUnplaced'))
    }
    const { anchor } = view
    const target =
      anchor.method === 'section' ||
      anchor.paragraphId === undefined ||
      anchor.start === undefined ||
      anchor.end === undefined
        ? { kind: 'section' as const, sectionId: anchor.sectionId }
        : textTargetForRange(
            report,
            { paragraphId: anchor.paragraphId, offset: anchor.start },
            { paragraphId: anchor.endParagraphId ?? anchor.paragraphId, offset: anchor.end }
          )
    const change = await this.options.notes.create({
      reportId: found.reportId,
      editionHash: report.contentHash,
      target,
      color: found.color,
      note: found.note,
      tags: found.tags
    })
    void this.ownNotesChanged()
    return change
  }

  /** Looks at the folder now (the watcher does this by itself). */
  async refresh(): Promise<void> {
    const worker = this.worker
    if (!worker) return
    const before = this.summary
    let answer: TeamAnswers['refresh']
    try {
      answer = await worker.request({ type: 'refresh', locale: spokenLocale() })
    } catch (error) {
      if (error instanceof TeamWorkerStopped) return // a new worker looks again, or none will
      throw error
    }
    if (worker !== this.worker) return // turned off or chosen anew meanwhile
    this.summary = answer.summary
    if (before?.folderError && !answer.summary.folderError) {
      this.watcher?.rewatch()
      // Back again: what was not written while it was away is written now.
      void this.ownNotesChanged()
    }
    if (answer.changed || before === null) this.changed()
  }

  close(): void {
    this.disconnect()
  }

  /** Waits for writes under way (tests, and before quitting). */
  async settled(): Promise<void> {
    await this.publishing
  }

  private connect(): void {
    const settings = this.options.settings.get()
    const folder = settings.sharing ? settings.folder : null
    const courseNotesFile = this.options.courseNotesFile ?? null
    if (folder === null && courseNotesFile === null) return
    this.worker = new TeamWorkerClient(
      {
        folder,
        ownPersonId: settings.person.id,
        courseNotesFile,
        maxBytes: TEAM_LIMITS.fileBytes,
        locale: spokenLocale()
      },
      this.options.startWorker ?? startTeamWorkerFromSource,
      {
        onProgress: (summary) => {
          this.summary = summary
          this.changed()
        },
        onRestarted: () => {
          this.workerNotice = say('team.readerRestarted')
          this.changed()
          void this.refresh()
        },
        onGaveUp: () => {
          this.workerNotice = say('team.readerStopped')
          this.summary = null
          this.changed()
        }
      }
    )
    void this.refresh()
    if (folder === null) return
    this.writer = new TeamWriter(folder, settings.person)
    this.watcher = watchTeamFolder(folder, () => void this.refresh(), {
      ...(this.options.pollMs !== undefined && { pollMs: this.options.pollMs })
    })
    void this.ownNotesChanged()
  }

  private disconnect(): void {
    this.watcher?.close()
    this.watcher = null
    this.worker?.close()
    this.worker = null
    this.summary = null
    this.workerNotice = null
    this.writer = null
    this.writeProblem = null
    this.changed()
  }

  /** Asks the worker; without one, or if it stopped before answering, `otherwise`. */
  private async ask<R extends TeamRequest, O>(
    request: R,
    otherwise: O
  ): Promise<TeamAnswers[R['type']] | O> {
    if (!this.worker) return otherwise
    try {
      return await this.worker.request(request)
    } catch (error) {
      if (error instanceof TeamWorkerStopped) return otherwise
      throw error
    }
  }

  private async publishNow(): Promise<void> {
    const writer = this.writer
    if (!writer) return
    const { store, library, settings } = this.options
    const titles = new Map(library?.reports.map((r) => [r.id, r.metadata.title]))
    const before = this.writeProblem
    try {
      await writer.publish(
        store.list(),
        new Set(settings.get().privateIds),
        (id) => titles.get(id),
        store.colorLabels()
      )
      this.writeProblem = null
    } catch (error) {
      this.writeProblem = say('team.writeFailed', { reason: whyFileFailed(error, 'writing') })
    }
    if (before !== this.writeProblem) this.changed()
  }

  private changed(): void {
    this.version++
    this.options.onChanged?.(this.version)
  }

  /** The author as the window shows them: the course notes under the words "Course notes". */
  private personOf(author: LayerAuthor, noteCount = 0): TeamPerson {
    const name =
      author.kind === 'course' ? say('team.courseNotes', { trainer: author.name }) : author.name
    return { id: author.id, name, initials: initialsOf(name), kind: author.kind, noteCount }
  }

  private people(): TeamPerson[] {
    const byId = new Map<string, TeamPerson>()
    for (const layer of this.summary?.layers ?? []) {
      const person = byId.get(layer.author.id) ?? this.personOf(layer.author)
      person.noteCount += layer.count
      byId.set(layer.author.id, person)
    }
    return [...byId.values()]
  }

  /**
   * A note made on another edition and found in this one, as the reader's own is once moved here:
   * its selectors from this edition's text, its old place in `history`, so that the Team tab and
   * its mark say what changed (lastMove). The colleague's file is not touched.
   */
  private inThisEdition(view: AnnotationView): AnnotationView {
    const { annotation } = view
    const report = this.options.library?.reports.find((r) => r.id === annotation.reportId)
    if (!report || annotation.editionHash === report.contentHash) return view
    const moved = movedTo(annotation, view.anchor, report, annotation.updatedAt)
    return moved ? { ...view, annotation: moved } : view
  }

  /** Placed an author's run at a time: two people may hold notes of the same id. */
  private views(slice: TeamNotesSlice): TeamNoteView[] {
    const lastSeen = this.options.settings.get().lastSeen
    const views: TeamNoteView[] = []
    const { items } = slice
    let from = 0
    while (from < items.length) {
      const author = items[from]?.author ?? 0
      let to = from
      while (to < items.length && items[to]?.author === author) to++
      const who = slice.authors[author]
      if (!who) break
      const person = this.personOf(who)
      const run = items.slice(from, to).map((item) => item.annotation)
      for (const view of annotationViews(run, this.options.library)) {
        const isNew = lastSeen === null || view.annotation.updatedAt > lastSeen
        views.push({ ...this.inThisEdition(view), person, isNew })
      }
      from = to
    }
    return views
  }

  private notices(): string[] {
    const notices: string[] = []
    const settings = this.options.settings.get()
    if (this.workerNotice) notices.push(this.workerNotice)
    const folderError = this.summary?.folderError
    if (folderError) {
      notices.push(
        say('team.folderUnreachable', {
          folder: settings.folder,
          reason: whyFileFailed(folderError, 'reading')
        })
      )
    }
    if (this.writeProblem) notices.push(this.writeProblem)
    const titles = new Map(this.options.library?.reports.map((r) => [r.id, r.metadata.title]))
    for (const problem of this.summary?.problems ?? []) {
      notices.push(
        say('team.layerUnreadable', {
          named: problem.personName ? 'yes' : 'no',
          person: problem.personName ?? '',
          file: problem.name,
          report: titles.get(problem.reportId) ?? problem.reportId,
          reason: say(problem.why.id, problem.why.values),
          halfWritten: problem.halfWritten ? 'yes' : 'no'
        })
      )
    }
    // A file read with some of its notes left out: the rest are shown, and the reader is told.
    for (const layer of this.summary?.layers ?? []) {
      if (layer.leftOut === 0) continue
      notices.push(
        say('team.notesLeftOut', {
          count: layer.leftOut,
          shown: layer.count,
          person: layer.author.name,
          report: titles.get(layer.reportId) ?? layer.reportId
        })
      )
    }
    return [...this.options.settings.notices, ...notices]
  }
}
