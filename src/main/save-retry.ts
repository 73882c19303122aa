/**
 * What the stores do and say when a write of the user's data fails: the change stays in memory,
 * the user is told why in plain words, and the write is tried again by itself until it lands.
 */

import { say } from './words'

/** Waits between automatic retries; the last repeats for as long as the write keeps failing. */
export const DEFAULT_RETRY_DELAYS_MS = [1000, 5000, 15000, 60000]

/** What really happens next, said once: no countdown that would stand still on screen. */
export const retrySentence = () => say('save.retrySentence')

/** Why `path` could not be written, as the start of a message; the disk full says what is kept. */
export function whyNotWritten(error: unknown, path: string): string {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return say('save.diskFull')
    case 'EROFS':
      return say('save.readOnlyDisk', { path })
    case 'EPERM':
    case 'EACCES':
    case 'EBUSY':
      return say('save.notAllowed', { path })
    case 'EISDIR':
    case 'ENOTDIR':
      return say('save.folderInPlace', { path })
    default:
      return say('save.otherError', {
        path,
        error: (error as Error | null)?.message ?? String(error)
      })
  }
}

export const isDiskFull = (error: unknown) =>
  ['ENOSPC', 'EDQUOT'].includes((error as NodeJS.ErrnoException | null)?.code ?? '')

/** A timer that calls `retry` after each delay in turn, the last one repeating, until cleared. */
export class RetryTimer {
  private timer: ReturnType<typeof setTimeout> | null = null
  private attempt = 0
  private stopped = false

  constructor(
    private readonly retry: () => void,
    private readonly delaysMs: number[] = DEFAULT_RETRY_DELAYS_MS
  ) {
    if (delaysMs.length === 0) this.delaysMs = DEFAULT_RETRY_DELAYS_MS
  }

  /** Schedules the next retry, unless one is already waiting. */
  schedule(): void {
    if (this.timer || this.stopped) return
    const delay = this.delaysMs[Math.min(this.attempt, this.delaysMs.length - 1)] as number
    this.attempt++
    this.timer = setTimeout(() => {
      this.timer = null
      this.retry()
    }, delay)
    // A pending retry must not keep a quitting app (or a test run) alive.
    this.timer.unref?.()
  }

  /** A write landed: the next failure starts from the first delay again. */
  succeeded(): void {
    this.clear()
    this.attempt = 0
  }

  get waiting(): boolean {
    return this.timer !== null
  }

  /** No more retries, ever (the store is closed). */
  stop(): void {
    this.stopped = true
    this.clear()
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
