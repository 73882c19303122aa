import { stat } from 'node:fs/promises'
import type { Annotation, NewAnnotation } from '../../shared/annotations/annotation-model'
import {
  bestNoteHits,
  matchNote,
  notesQuery,
  type ScoredNoteHit
} from '../../shared/annotations/search-notes'
import { textTargetForRange } from '../../shared/annotations/select-target'
import type { Library } from '../../shared/report-model'
import { whyFileFailed } from '../file-problems'
import {
  initialsOf,
  matchesTeamFilter,
  type LayerKind,
  type TeamChoice,
  type TeamFilter,
  type TeamNoteView,
  type TeamPerson,
  type TeamState
} from '../../shared/team/team-model'
import type { TeamNoteHit, TeamNotesPage } from '../../shared/team/team-results'
import { IpcError, type AnnotationChange } from '../../shared/ipc-contract'
import { annotationViews, type AnnotationService } from '../annotation-service'
import type { AnnotationStore } from '../annotation-store'
import { timeSlices } from '../time-slices'
import { TeamLayers, type Layer, type StartTeamWorker } from './team-layers'
import type { TeamSettingsStore } from './team-settings-store'
import { watchTeamFolder } from './team-watch'
import { TeamWriter } from './team-writer'
import { say } from '../words'

/** Team notes per page of the notes panel's list, and marks drawn in one report at most. */
export const TEAM_PAGE_SIZE = 500
export const TEAM_MARKS_LIMIT = 5000

export interface TeamServiceOptions {
  settings: TeamSettingsStore
  store: AnnotationStore
  notes: AnnotationService
  library: Library | null
  /** Tells the window that the team's notes or the folder's state changed. */
  onChanged?: (version: number) => void
  startWorker?: StartTeamWorker
  pollMs?: number
  /** The trainer's notes bundled with the edition, read-only layers ("Course notes"). */
  courseLayers?: Layer[]
}

/**
 * Team notes in main: the reader's choice (sharing, folder, name), their own files written when
 * their notes change, everyone else's read as layers while the folder is watched, and what the
 * window asks of them (lists, marks in a report, search, copying one to the reader's notes).
 */
export class TeamService {
  private layers: TeamLayers | null = null
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
      folderState: !on ? 'off' : this.layers?.folderError ? 'unreachable' : 'ok',
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
    const picked: { layer: Layer; annotation: Annotation }[] = []
    let total = 0
    const breathe = this.breathe()
    const lastSeen = this.options.settings.get().lastSeen
    for (const layer of this.sortedLayers()) {
      const person = this.personOf(layer)
      for (const annotation of layer.annotations) {
        const isNew = lastSeen === null || annotation.updatedAt > lastSeen
        if (!matchesTeamFilter({ person, annotation, isNew } as TeamNoteView, filter)) continue
        if (total >= from && picked.length < TEAM_PAGE_SIZE) picked.push({ layer, annotation })
        total++
      }
      await breathe()
    }
    const items = this.views(picked)
    const end = from + items.length
    return { items, total, next: end < total ? end : null }
  }

  /** The team's notes on one report, for its marks: at most TEAM_MARKS_LIMIT, and how many. */
  async inReport(reportId: string): Promise<TeamNotesPage> {
    const picked: { layer: Layer; annotation: Annotation }[] = []
    let total = 0
    for (const layer of this.sortedLayers()) {
      if (layer.reportId !== reportId) continue
      for (const annotation of layer.annotations) {
        if (picked.length < TEAM_MARKS_LIMIT) picked.push({ layer, annotation })
        total++
      }
    }
    const items: TeamNoteView[] = []
    const breathe = this.breathe()
    for (let at = 0; at < picked.length; at += 200) {
      for (const view of this.views(picked.slice(at, at + 200))) items.push(view)
      await breathe()
    }
    return { items, total, next: null }
  }

  /**
   * The team's notes that match what is typed in the search box ("In your team's notes"). A
   * search that a newer one (the next keystroke) overtakes stops and answers nothing: the window
   * shows only the newest answer, and main does not spend its turns on the others.
   */
  async search(query: string): Promise<TeamNoteHit[]> {
    const search = ++this.searches
    const read = notesQuery(query)
    if (!read) return []
    const breathe = this.breathe()
    const hits: (ScoredNoteHit & { person: TeamPerson })[] = []
    for (const layer of this.sortedLayers()) {
      const person = this.personOf(layer)
      for (const [i, annotation] of layer.annotations.entries()) {
        // Words the worker worked out as it read the file: main only compares them.
        const hit = matchNote(annotation, read, layer.words?.[i])
        if (hit) hits.push({ ...hit, person })
        if (i % 64 === 63) {
          await breathe()
          if (search !== this.searches) return []
        }
      }
    }
    return bestNoteHits(hits) as TeamNoteHit[]
  }

  /** Searches started: a search that is not the latest stops. */
  private searches = 0

  /** Copies a colleague's note into the reader's own, placed in the current edition. */
  async copyToMine(personId: string, annotationId: string): Promise<AnnotationChange> {
    const found = [...this.allLayers()]
      .filter((l) => l.person.id === personId)
      .flatMap((l) => l.annotations.filter((a) => a.id === annotationId))[0]
    if (!found) {
      throw new IpcError('not-found', say('team.noteGone'))
    }
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
    const layers = this.layers
    if (!layers) return
    const wasUnreachable = layers.folderError !== null
    const changed = await layers.refresh()
    if (wasUnreachable && !layers.folderError) {
      this.watcher?.rewatch()
      // Back again: what was not written while it was away is written now.
      void this.ownNotesChanged()
    }
    if (changed) this.changed()
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
    if (!settings.sharing || settings.folder === null) return
    const folder = settings.folder
    this.layers = new TeamLayers(folder, settings.person.id, this.options.startWorker)
    this.writer = new TeamWriter(folder, settings.person)
    this.watcher = watchTeamFolder(folder, () => void this.refresh(), {
      ...(this.options.pollMs !== undefined && { pollMs: this.options.pollMs })
    })
    void this.refresh()
    void this.ownNotesChanged()
  }

  private disconnect(): void {
    this.watcher?.close()
    this.watcher = null
    this.layers = null
    this.writer = null
    this.writeProblem = null
    this.changed()
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

  private *allLayers(): Generator<Layer> {
    yield* this.options.courseLayers ?? []
    if (this.layers) yield* this.layers.layers.values()
  }

  private sortedLayers(): Layer[] {
    return [...this.allLayers()].sort(
      (a, b) =>
        Number(this.isCourse(b)) - Number(this.isCourse(a)) ||
        a.person.name.localeCompare(b.person.name) ||
        (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0)
    )
  }

  private kindOf(layer: Layer): LayerKind {
    return this.isCourse(layer) ? 'course' : 'colleague'
  }

  private isCourse(layer: Layer): boolean {
    return this.options.courseLayers?.includes(layer) ?? false
  }

  private personOf(layer: Layer): TeamPerson {
    return {
      ...layer.person,
      initials: initialsOf(layer.person.name),
      kind: this.kindOf(layer),
      noteCount: 0
    }
  }

  private people(): TeamPerson[] {
    const byId = new Map<string, TeamPerson>()
    for (const layer of this.sortedLayers()) {
      const person = byId.get(layer.person.id) ?? this.personOf(layer)
      person.noteCount += layer.annotations.length
      byId.set(layer.person.id, person)
    }
    return [...byId.values()]
  }

  /** Placed a layer at a time: two people may hold notes of the same id (both imported a file). */
  private views(picked: { layer: Layer; annotation: Annotation }[]): TeamNoteView[] {
    const lastSeen = this.options.settings.get().lastSeen
    const views: TeamNoteView[] = []
    let from = 0
    while (from < picked.length) {
      const layer = picked[from]?.layer
      let to = from
      while (to < picked.length && picked[to]?.layer === layer) to++
      if (!layer) break
      const person = this.personOf(layer)
      const run = picked.slice(from, to).map((p) => p.annotation)
      for (const view of annotationViews(run, this.options.library)) {
        const isNew = lastSeen === null || view.annotation.updatedAt > lastSeen
        views.push({ ...view, person, isNew })
      }
      from = to
    }
    return views
  }

  private notices(): string[] {
    const notices: string[] = []
    const settings = this.options.settings.get()
    if (this.layers?.folderError) {
      notices.push(
        say('team.folderUnreachable', {
          folder: settings.folder,
          reason: whyFileFailed(this.layers.folderError, 'reading')
        })
      )
    }
    if (this.writeProblem) notices.push(this.writeProblem)
    const titles = new Map(this.options.library?.reports.map((r) => [r.id, r.metadata.title]))
    for (const problem of this.layers?.problemList() ?? []) {
      notices.push(
        say('team.layerUnreadable', {
          named: problem.personName ? 'yes' : 'no',
          person: problem.personName ?? '',
          file: problem.name,
          report: titles.get(problem.reportId) ?? problem.reportId,
          reason: problem.why,
          halfWritten: problem.halfWritten ? 'yes' : 'no'
        })
      )
    }
    return [...this.options.settings.notices, ...notices]
  }
}
