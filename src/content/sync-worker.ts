import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'

/**
 * A worker thread the synchronous build waits on, with a time limit and a memory limit: the last
 * line of defence when a parser meets a file no check foresaw. The build stays synchronous (every
 * caller of `buildReport` is), so the waiting is done with `Atomics.wait` on a shared counter the
 * worker sets once its answer is posted, and the answer is taken with `receiveMessageOnPort`.
 *
 * While it waits, this thread looks every tenth of a second at the clock and at the process's
 * resident memory (the worker's heap is in it): past either limit the worker is stopped
 * (`terminate` interrupts even a loop that never returns) and a fresh one takes the next task.
 * The worker's own heap limit is set above the memory limit, so that the limit seen from here is
 * met first and said plainly; V8 ending the worker for its heap would only be seen as the time
 * running out.
 *
 * The worker runs `sync-worker-thread.ts`, which loads the task module (TypeScript, through tsx,
 * as the build itself is run) and answers one task at a time.
 */

export type WorkerAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; stopped: 'time' | 'memory'; seconds: number; memoryBytes: number }
  | { ok: false; failed: string }

export interface WorkerLimits {
  seconds: number
  /** Growth of the process's resident memory while the task runs. */
  memoryBytes: number
}

const THREAD = new URL('./sync-worker-thread.ts', import.meta.url)
const POLL_MS = 100

export class SyncWorker {
  private worker: Worker | null = null
  private port: MessagePort | null = null
  /** Set by the worker to the id of each task it has answered; one per worker. */
  private answered = new Int32Array(new SharedArrayBuffer(4))
  private sent = 0

  /** `taskModule` exports `handleTask(task): Promise<unknown>` (see sync-worker-thread.ts). */
  constructor(
    private readonly taskModule: URL,
    /** The worker's own heap limit, in MB: above any memory limit given to `run`. */
    private readonly heapMb: number
  ) {}

  run<T>(task: unknown, limits: WorkerLimits): WorkerAnswer<T> {
    const port = this.start()
    const answered = this.answered
    const id = ++this.sent
    const started = performance.now()
    const memoryBefore = process.memoryUsage.rss()
    port.postMessage({ id, task })
    for (;;) {
      Atomics.wait(answered, 0, id - 1, POLL_MS)
      if (Atomics.load(answered, 0) >= id) break
      const seconds = (performance.now() - started) / 1000
      const grown = process.memoryUsage.rss() - memoryBefore
      if (grown > limits.memoryBytes || seconds > limits.seconds) {
        this.stop()
        return {
          ok: false,
          stopped: grown > limits.memoryBytes ? 'memory' : 'time',
          seconds,
          memoryBytes: grown
        }
      }
    }
    const received = receiveMessageOnPort(port)?.message as
      { id: number; value: T } | { id: number; failed: string } | undefined
    if (!received || received.id !== id) {
      this.stop()
      return { ok: false, failed: 'the worker answered out of turn' }
    }
    return 'failed' in received
      ? { ok: false, failed: received.failed }
      : { ok: true, value: received.value }
  }

  /** Stops the worker (if one runs); the next task starts a fresh one. */
  stop(): void {
    void this.worker?.terminate()
    this.port?.close()
    this.worker = null
    this.port = null
  }

  private start(): MessagePort {
    if (this.worker && this.port) return this.port
    const { port1, port2 } = new MessageChannel()
    this.answered = new Int32Array(new SharedArrayBuffer(4))
    Atomics.store(this.answered, 0, this.sent)
    this.worker = new Worker(THREAD, {
      // Not the parent's flags (tsx's own loader, a test runner's): the thread registers tsx itself.
      execArgv: [],
      workerData: { taskModule: this.taskModule.href, answered: this.answered, port: port2 },
      transferList: [port2],
      // Its output, if any, goes to the build's (the parsers print nothing).
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb }
    })
    // A worker that fails to start says so in its answer (sync-worker-thread.ts); its error
    // event must not end the build's process.
    this.worker.on('error', () => undefined)
    // Neither keeps the build's process alive once its work is done.
    this.worker.unref()
    port1.unref()
    this.port = port1
    return port1
  }
}
