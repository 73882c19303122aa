import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import type { Annotation } from '../../shared/annotations/annotation-model'
import { TEAM_LIMITS, type Person } from '../../shared/team/team-model'
import { scanTeamFolder } from './team-folder'
import type {
  TeamFileJob,
  TeamFileSummary,
  TeamWorkerJob,
  TeamWorkerMessage
} from './team-worker-protocol'
import { say, spokenLocale } from '../words'

/** Starts the team reader's worker on a job: the built one in the app, the source elsewhere. */
export type StartTeamWorker = (job: TeamWorkerJob) => Worker

export const startTeamWorkerFromSource: StartTeamWorker = (job) =>
  new Worker(new URL('./team-worker.ts', import.meta.url), {
    workerData: job,
    execArgv: ['--import', 'tsx']
  })

/** One colleague's notes on one report, as last read from their file. */
export interface Layer {
  name: string
  person: Person
  reportId: string
  annotations: Annotation[]
  /**
   * The search words of each note (search-notes.ts fieldWords), in the order of `annotations`,
   * worked out on the worker as it read the file. Absent for a layer read on main (the course
   * notes): the search works out those as it first meets them.
   */
  words?: string[][]
  signature: string
}

/** A file's notes and words as they arrive, until the message that ends the file. */
interface Arriving {
  annotations: Annotation[]
  words: string[][]
}

interface Problem {
  /** The signature it failed at (read again when it changes), or null: try again at every look. */
  signature: string | null
  personId: string
  reportId: string
  why: string
  halfWritten: boolean
}

/**
 * Everyone else's team files, read as layers: each scan compares names and signatures with what
 * was read and reads only the files that are new or changed, on a worker. A file that cannot be
 * read keeps the layer last read from it (if any) and a problem that names its author; one that
 * is not complete JSON (half-synced) is tried again at every look until it parses. A folder that
 * cannot be read keeps every layer: it may be a USB stick taken out, or the network down.
 */
export class TeamLayers {
  readonly layers = new Map<string, Layer>()
  private readonly problems = new Map<string, Problem>()
  /** Why the folder cannot be read now, or null. */
  folderError: NodeJS.ErrnoException | null = null
  private refreshing: Promise<boolean> | null = null
  private again = false

  constructor(
    private readonly folder: string,
    private readonly ownPersonId: string,
    private readonly startWorker: StartTeamWorker = startTeamWorkerFromSource
  ) {}

  /** Looks at the folder; resolves true when any layer or problem changed. Calls overlap safely. */
  refresh(): Promise<boolean> {
    if (this.refreshing) {
      this.again = true
      return this.refreshing
    }
    this.refreshing = (async () => {
      let changed = false
      do {
        this.again = false
        if (await this.look()) changed = true
      } while (this.again)
      return changed
    })().finally(() => (this.refreshing = null))
    return this.refreshing
  }

  /** Every note of every layer, with its author. */
  *notes(): Generator<{ layer: Layer; annotation: Annotation }> {
    for (const layer of this.layers.values()) {
      for (const annotation of layer.annotations) yield { layer, annotation }
    }
  }

  /** The problems now, with the name of whoever they concern when it is known. */
  problemList(): (Problem & { name: string; personName: string | null })[] {
    return [...this.problems.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, problem]) => ({
        ...problem,
        name,
        personName: this.nameOf(problem.personId)
      }))
  }

  private nameOf(personId: string): string | null {
    for (const layer of this.layers.values())
      if (layer.person.id === personId) return layer.person.name
    return null
  }

  private async look(): Promise<boolean> {
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
      if (before?.why !== refused.why) changed = true
      this.problems.set(refused.name, { ...refused, signature: 'refused', halfWritten: false })
    }
    for (const name of [...this.layers.keys(), ...this.problems.keys()]) {
      if (present.has(name)) continue
      // Gone from the folder: its author deleted it, or stopped sharing that report.
      this.layers.delete(name)
      this.problems.delete(name)
      changed = true
    }
    if (toRead.length === 0) return changed
    await this.read(toRead)
    return true
  }

  private read(files: TeamFileJob[]): Promise<void> {
    const jobs = new Map(files.map((f) => [f.name, f]))
    const arriving = new Map<string, Arriving>()
    return new Promise((resolve) => {
      const worker = this.startWorker({
        files,
        maxBytes: TEAM_LIMITS.fileBytes,
        locale: spokenLocale()
      })
      worker.on('message', (message: TeamWorkerMessage) => {
        const job = jobs.get(message.name)
        if (!job) return
        if (message.type === 'notes') {
          const notes = arriving.get(job.name) ?? { annotations: [], words: [] }
          for (const annotation of message.annotations) notes.annotations.push(annotation)
          for (const words of message.words) notes.words.push(words)
          arriving.set(job.name, notes)
          return
        }
        jobs.delete(job.name)
        const notes = arriving.get(job.name) ?? { annotations: [], words: [] }
        arriving.delete(job.name)
        this.take(job, message.signature, message.read, notes)
      })
      const end = () => {
        // Files the worker never answered for (it failed): tried again at the next look.
        for (const job of jobs.values()) {
          this.problems.set(job.name, {
            signature: null,
            personId: job.personId,
            reportId: job.reportId,
            why: say('team.readThisTime'),
            halfWritten: true
          })
        }
        resolve()
      }
      worker.on('error', () => undefined)
      worker.on('exit', end)
    })
  }

  private take(
    job: TeamFileJob,
    signature: string | null,
    read: TeamFileSummary,
    notes: Arriving
  ): void {
    if ('error' in read) {
      this.problems.set(job.name, {
        signature: read.halfWritten ? null : signature,
        personId: job.personId,
        reportId: job.reportId,
        why: read.error,
        halfWritten: read.halfWritten
      })
      return
    }
    this.problems.delete(job.name)
    this.layers.set(job.name, {
      name: job.name,
      person: read.person,
      reportId: job.reportId,
      annotations: notes.annotations,
      words: notes.words,
      signature: signature ?? ''
    })
  }
}
