import { Worker } from 'node:worker_threads'
import {
  COMPARISON_TIME_LIMIT_MS,
  MAX_COMPARED_CHARACTERS,
  comparedTextLength,
  comparisonHeapMb,
  comparisonWorkerLimits
} from '../shared/compare/comparison-limits'
import type { compareWithNotes, EditionComparison } from '../shared/compare/edition-comparison'
import { fileSize } from '../shared/i18n/file-size'
import { IpcError } from '../shared/ipc-contract'
import { say } from './words'

/** What the worker compares: compareWithNotes's arguments, as they cross to the thread. */
export interface ComparisonRequest {
  before: Parameters<typeof compareWithNotes>[0]
  after: Parameters<typeof compareWithNotes>[1]
  notes: Parameters<typeof compareWithNotes>[2]
  since: Parameters<typeof compareWithNotes>[3]
}

/** Compares two editions somewhere main's event loop does not wait; rejects with an IpcError. */
export type EditionComparer = (request: ComparisonRequest) => Promise<EditionComparison>

/**
 * The worker's script: in the app the bundled comparison-worker.js beside main's own (electron-
 * vite's `?modulePath`), in tests and the browser harness the same source bundled for Node.
 */
export interface WorkerScript {
  file: string | URL
}

export interface ComparisonBounds {
  maxCharacters: number
  timeLimitMs: number
  /** The worker's heap for so many characters, in MB. */
  heapMb: (characters: number) => number
}

export const COMPARISON_BOUNDS: ComparisonBounds = {
  maxCharacters: MAX_COMPARED_CHARACTERS,
  timeLimitMs: COMPARISON_TIME_LIMIT_MS,
  heapMb: comparisonHeapMb
}

const unchanged = () => say('editions.unchanged')
/** Text's size as people read a file's (a character of a report is about a byte), in main's words. */
const amount = (characters: number) => fileSize(characters, say)

/**
 * Each comparison in a worker thread of its own, one at a time: too much text is refused before
 * it starts, and a comparison that runs past the time limit, or past its heap, is stopped. Each
 * ending is a plain message (an IpcError 'failed'); the thread is gone after each request.
 */
export function comparisonInWorker(
  script: WorkerScript,
  bounds: ComparisonBounds = COMPARISON_BOUNDS
): EditionComparer {
  let queue: Promise<unknown> = Promise.resolve()
  return (request) => {
    const run = queue.then(() => compareOnce(script, bounds, request))
    queue = run.catch(() => undefined)
    return run
  }
}

function compareOnce(
  script: WorkerScript,
  bounds: ComparisonBounds,
  request: ComparisonRequest
): Promise<EditionComparison> {
  const characters = comparedTextLength(request.before) + comparedTextLength(request.after)
  if (characters > bounds.maxCharacters) {
    return Promise.reject(
      new IpcError(
        'failed',
        say('editions.tooMuchText', {
          size: amount(characters),
          limit: amount(bounds.maxCharacters),
          unchanged: unchanged()
        })
      )
    )
  }
  const heapMb = bounds.heapMb(characters)
  return new Promise<EditionComparison>((resolve, reject) => {
    const worker = new Worker(script.file, {
      resourceLimits: comparisonWorkerLimits(heapMb)
    })
    let settled = false
    const end = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      outcome()
    }
    const fail = (message: string) => end(() => reject(new IpcError('failed', message)))
    const timer = setTimeout(
      () =>
        fail(
          say('editions.tooSlow', {
            seconds: Math.round(bounds.timeLimitMs / 100) / 10,
            unchanged: unchanged()
          })
        ),
      bounds.timeLimitMs
    )
    worker.once('message', (comparison: EditionComparison) => end(() => resolve(comparison)))
    worker.once('error', (error: Error & { code?: string }) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? say('editions.tooMuchMemory', { mb: heapMb, unchanged: unchanged() })
          : say('editions.notCompared', { reason: error.message, unchanged: unchanged() })
      )
    )
    worker.once('exit', (code) => fail(say('editions.stopped', { code, unchanged: unchanged() })))
    worker.postMessage(request)
  })
}
