import { Worker } from 'node:worker_threads'
import type {
  TeamAnswers,
  TeamRequest,
  TeamSummary,
  TeamWorkerInit,
  TeamWorkerMessage
} from './team-worker-protocol'

/** Starts the team worker: the built one in the app, the source elsewhere. */
export type StartTeamWorker = (init: TeamWorkerInit) => Worker

export const startTeamWorkerFromSource: StartTeamWorker = (init) =>
  new Worker(new URL('./team-worker.ts', import.meta.url), {
    workerData: init,
    execArgv: ['--import', 'tsx']
  })

/** The team worker stopped before it answered (it crashed, or team notes were turned off). */
export class TeamWorkerStopped extends Error {
  constructor() {
    super('The team worker stopped before it answered.')
  }
}

/**
 * Restarts after which a worker that stops again is left stopped (until team notes are chosen
 * anew, or the app starts again): a file that makes it fail would otherwise be read for ever.
 */
export const TEAM_WORKER_RESTARTS = 3

export interface TeamWorkerEvents {
  /** The worker read some files of a look that goes on: the layers so far. */
  onProgress: (summary: TeamSummary) => void
  /** The worker stopped unexpectedly and a new one was started (it reads every file again). */
  onRestarted: () => void
  /** It stopped again after TEAM_WORKER_RESTARTS restarts: colleagues' notes are not shown. */
  onGaveUp: () => void
}

/**
 * Main's side of the team worker: typed requests, each answered once, in any order. If the worker
 * stops unexpectedly, every request waiting fails with TeamWorkerStopped and a new worker is
 * started (the notes it held are read again from the files); the reader's own notes are never
 * in it. After TEAM_WORKER_RESTARTS restarts, a worker that stops again is left stopped.
 */
export class TeamWorkerClient {
  private worker: Worker | null
  private readonly pending = new Map<
    number,
    { resolve: (answer: never) => void; reject: (error: Error) => void }
  >()
  private nextId = 0
  private crashes = 0
  private closed = false

  constructor(
    private readonly init: TeamWorkerInit,
    private readonly start: StartTeamWorker,
    private readonly events: TeamWorkerEvents
  ) {
    this.worker = this.spawn()
  }

  request<R extends TeamRequest>(request: R): Promise<TeamAnswers[R['type']]> {
    const worker = this.worker
    if (!worker) return Promise.reject(new TeamWorkerStopped())
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (answer: never) => void, reject })
      worker.postMessage({ id, request })
    })
  }

  close(): void {
    this.closed = true
    const worker = this.worker
    this.worker = null
    this.failPending()
    void worker?.terminate()
  }

  private spawn(): Worker {
    const worker = this.start(this.init)
    worker.on('message', (message: TeamWorkerMessage) => {
      if (message.type === 'progress') return this.events.onProgress(message.summary)
      const waiting = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.type === 'answer') waiting?.resolve(message.answer as never)
      else waiting?.reject(new Error(message.message))
    })
    // An uncaught error ends the worker: 'exit' follows, and deals with it.
    worker.on('error', () => undefined)
    worker.on('exit', () => {
      if (this.closed || this.worker !== worker) return
      this.failPending()
      if (this.crashes >= TEAM_WORKER_RESTARTS) {
        this.worker = null
        this.events.onGaveUp()
        return
      }
      this.crashes++
      this.worker = this.spawn()
      this.events.onRestarted()
    })
    return worker
  }

  private failPending(): void {
    for (const waiting of this.pending.values()) waiting.reject(new TeamWorkerStopped())
    this.pending.clear()
  }
}
