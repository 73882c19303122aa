import { writeFileDurably, type DurableWriteOptions } from './durable-write'

/**
 * One file kept in step with what the app holds in memory. Changes made while a write is under
 * way are written together by the next one, so a burst of changes costs one or two writes, not
 * one each; and each caller hears back only when a write that holds its change is on disk
 * (writeFileDurably), or why it is not. It counts the changes that are not on disk yet.
 */
export class CoalescedFile {
  private running = false
  private next: Waiting | null = null
  /** Changes made since the last write started, and those of writes that failed. */
  private changes = 0
  /** Changes the write under way holds. */
  private writing = 0
  /** Runs before each write; what it throws fails that write (a refusal, a folder to make). */
  beforeWrite: () => void = () => undefined

  constructor(
    readonly path: string,
    /** What the file must hold, taken when a write starts: every change made before it is in. */
    private readonly contents: () => string | Uint8Array,
    private readonly options: DurableWriteOptions = {}
  ) {}

  /** Counts changes made in memory that the file does not hold yet. */
  changed(count = 1): void {
    this.changes += count
  }

  /** Counts no change as unsaved any more: what they are is kept elsewhere (a read-only disk). */
  forget(): void {
    this.changes = 0
  }

  /** Changes not yet on disk. */
  get unsaved(): number {
    return this.changes + this.writing
  }

  /** Whether a write is under way or asked for. */
  get busy(): boolean {
    return this.running || this.next !== null
  }

  /**
   * Writes the file as `contents()` will then be. Resolves once a write that started after this
   * call has landed; rejects with that write's error (the file on disk is then as it was, and
   * its changes still count as unsaved).
   */
  save(): Promise<void> {
    if (!this.next) this.next = waiting()
    const { promise } = this.next
    if (!this.running) void this.pump()
    return promise
  }

  private async pump(): Promise<void> {
    this.running = true
    while (this.next) {
      const job = this.next
      this.next = null
      this.writing = this.changes
      this.changes = 0
      try {
        this.beforeWrite()
        await writeFileDurably(this.path, this.contents(), this.options)
        this.writing = 0
        job.resolve()
      } catch (error) {
        this.changes += this.writing
        this.writing = 0
        job.reject(error)
      }
    }
    this.running = false
  }
}

interface Waiting {
  promise: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

function waiting(): Waiting {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const promise = new Promise<void>((yes, no) => {
    resolve = yes
    reject = no
  })
  // A caller that does not wait for the outcome (the stores report it in their save state) must
  // not leave an unhandled rejection behind.
  promise.catch(() => undefined)
  return { promise, resolve, reject }
}
