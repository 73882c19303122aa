import { join } from 'node:path'
import type { Annotation } from '../../shared/annotations/annotation-model'
import type { Message } from '../../shared/i18n/formatter'
import { NoteWordIndex } from '../../shared/team/note-word-index'
import { scanTeamFolder } from './team-folder'
import { readTeamFile, type TeamFileJob } from './team-file-reader'
import type { LayerAuthor, TeamFileProblem } from './team-worker-protocol'

/** One colleague's notes on one report, as last read from their file (or the course notes). */
export interface Layer {
  name: string
  author: LayerAuthor
  reportId: string
  annotations: Annotation[]
  /**
   * The words of `annotations`, for search: built just after the layer is taken (its notes can be
   * listed and drawn before), or by the first search that needs it first (wordIndexOf).
   */
  index: NoteWordIndex | null
  signature: string
  /** How many of the file's notes could not be used (damaged, or made by another version). */
  leftOut?: number
}

export function layerOf(fields: Omit<Layer, 'index'>): Layer {
  return { ...fields, index: null }
}

/** The layer's word index, built now if it is not yet. */
export function wordIndexOf(layer: Layer): NoteWordIndex {
  layer.index ??= new NoteWordIndex(layer.annotations.length, layer.annotations)
  return layer.index
}

interface Problem {
  /** The signature it failed at (read again when it changes), or null: try again at every look. */
  signature: string | null
  personId: string
  reportId: string
  why: Message
  halfWritten: boolean
}

/**
 * Everyone else's team files, read as layers, on the team worker: each look compares names and
 * signatures with what was read and reads only the files that are new or changed. A file that
 * cannot be read keeps the layer last read from it (if any) and a problem that names its author;
 * one that is not complete JSON (half-synced) is tried again at every look until it parses. A
 * folder that cannot be read keeps every layer: it may be a USB stick taken out, or the network
 * down. `onLayer` hears of each file taken while a look goes on (the first can be drawn early).
 */
export class TeamLayers {
  readonly layers = new Map<string, Layer>()
  private readonly problems = new Map<string, Problem>()
  /** Why the folder cannot be read now, or null. */
  folderError: NodeJS.ErrnoException | null = null
  private refreshing: Promise<{ changed: boolean; read: string[] }> | null = null
  private again = false

  constructor(
    private readonly folder: string,
    private readonly ownPersonId: string,
    private readonly maxBytes: number,
    private readonly onLayer: () => void = () => undefined
  ) {}

  /** Looks at the folder: whether any layer or problem changed, and the files read. */
  refresh(): Promise<{ changed: boolean; read: string[] }> {
    if (this.refreshing) {
      this.again = true
      return this.refreshing
    }
    this.refreshing = (async () => {
      let changed = false
      const read: string[] = []
      do {
        this.again = false
        if (await this.look(read)) changed = true
      } while (this.again)
      return { changed, read }
    })().finally(() => (this.refreshing = null))
    return this.refreshing
  }

  /** The problems now, with the name of whoever they concern when it is known. */
  problemList(): TeamFileProblem[] {
    return [...this.problems.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, problem]) => ({
        name,
        personId: problem.personId,
        personName: this.nameOf(problem.personId),
        reportId: problem.reportId,
        why: problem.why,
        halfWritten: problem.halfWritten
      }))
  }

  private nameOf(personId: string): string | null {
    for (const layer of this.layers.values())
      if (layer.author.id === personId) return layer.author.name
    return null
  }

  private async look(read: string[]): Promise<boolean> {
    const scan = await scanTeamFolder(this.folder)
    if (!scan.ok) {
      const changed = this.folderError?.code !== scan.error.code
      this.folderError = scan.error
      return changed
    }
    let changed = this.folderError !== null
    this.folderError = null
    const present = new Set<string>()
    const toRead: TeamFileJob[] = []
    for (const entry of scan.entries) {
      if (entry.personId === this.ownPersonId) continue
      present.add(entry.name)
      const problem = this.problems.get(entry.name)
      if (this.layers.get(entry.name)?.signature === entry.signature && !problem) continue
      if (problem && problem.signature === entry.signature) continue
      toRead.push({ ...entry, path: join(this.folder, entry.name) })
    }
    for (const refused of scan.refused) {
      if (refused.personId === this.ownPersonId) continue
      present.add(refused.name)
      const before = this.problems.get(refused.name)
      if (before?.why.id !== refused.why.id) changed = true
      this.problems.set(refused.name, { ...refused, signature: 'refused', halfWritten: false })
    }
    for (const name of [...this.layers.keys(), ...this.problems.keys()]) {
      if (present.has(name)) continue
      // Gone from the folder: its author deleted it, or stopped sharing that report.
      this.layers.delete(name)
      this.problems.delete(name)
      changed = true
    }
    for (const job of toRead) {
      const layer = this.take(job, await readTeamFile(job, this.maxBytes))
      read.push(job.name)
      this.onLayer()
      if (!layer) continue
      // Requests that waited while the file was read (the marks of the report on screen) are
      // answered before its words are indexed.
      await new Promise((resolve) => setImmediate(resolve))
      wordIndexOf(layer)
    }
    return changed || toRead.length > 0
  }

  /** Keeps what was read of a file: its layer (returned), or why it could not be read. */
  private take(
    job: TeamFileJob,
    { signature, read }: Awaited<ReturnType<typeof readTeamFile>>
  ): Layer | null {
    if ('error' in read) {
      this.problems.set(job.name, {
        signature: read.halfWritten ? null : signature,
        personId: job.personId,
        reportId: job.reportId,
        why: read.error,
        halfWritten: read.halfWritten
      })
      return null
    }
    this.problems.delete(job.name)
    const layer = layerOf({
      name: job.name,
      author: { ...read.person, kind: 'colleague' },
      reportId: job.reportId,
      annotations: read.annotations,
      signature: signature ?? '',
      leftOut: read.invalid
    })
    this.layers.set(job.name, layer)
    return layer
  }
}
