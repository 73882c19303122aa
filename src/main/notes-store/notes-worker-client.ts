import { Worker } from 'node:worker_threads'
import type { NotesWorkerAnswer, NotesWorkerJob, NotesWorkerMessage } from './notes-worker-protocol'
import { spokenLocale } from '../words'

/** Starts the notes worker on a job. The app passes one that starts the built worker. */
export type StartNotesWorker = (job: NotesWorkerJob) => Worker

/**
 * The worker from its TypeScript source, through tsx: for tests, benchmarks and the browser
 * harness, which run the app's source as it is. The built app starts `out/main/…` instead
 * (index.ts, electron-vite's `?modulePath`).
 */
export const startNotesWorkerFromSource: StartNotesWorker = (job) =>
  new Worker(new URL('./notes-worker.ts', import.meta.url), {
    workerData: job,
    execArgv: ['--import', 'tsx']
  })

/**
 * Runs one job, handing each message to `onMessage` as it arrives (each in a turn of main's event
 * loop of its own), and answering each `notes` message once it is taken in, so that the worker
 * sends the next only then (notes-worker-protocol.ts). `send` answers the worker otherwise (a
 * `words` job is fed this way; `opening` sends its first batch). Resolves when the worker is
 * done; rejects if it fails or stops early.
 */
export function runNotesWorker(
  start: StartNotesWorker,
  job: NotesWorkerJob,
  onMessage: (message: NotesWorkerMessage, send: (answer: NotesWorkerAnswer) => void) => void,
  opening?: (send: (answer: NotesWorkerAnswer) => void) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    let failure: unknown = null
    const worker = start({ ...job, locale: spokenLocale() })
    const send = (answer: NotesWorkerAnswer) => worker.postMessage(answer)
    opening?.(send)
    worker.on('message', (message: NotesWorkerMessage) => {
      if (failure) return
      try {
        onMessage(message, send)
        if (message.type === 'notes') send({ next: true })
      } catch (error) {
        failure = error
        void worker.terminate()
      }
    })
    worker.on('error', (error) => (failure ??= error))
    worker.on('exit', (code) => {
      if (failure) reject(failure)
      else if (code !== 0) reject(new Error(`The notes reader stopped early (exit code ${code}).`))
      else resolve()
    })
  })
}
