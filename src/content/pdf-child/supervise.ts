import { spawn } from 'node:child_process'
import type { PdfExtraction } from '../pdf-text-layer'
import { residentBytes } from './process-memory'
import { sandboxCommand, type SandboxCommand } from './sandbox'

/**
 * Runs the PDF reader in its sandbox (sandbox.ts), gives it the PDF on standard input, and
 * watches it from outside until it answers: its resident memory (process-memory.ts, four times a
 * second, the whole process: a flate bomb grows outside V8's heap), the time it takes to open the
 * document, then the time since its last page, the time in all, the size of what it writes, and the page count it announces. Past any limit
 * it is killed, and the outcome says which limit and how far it got, so that a huge but sound
 * PDF (many pages, read steadily) is told from a damaged or hostile one (a page that never ends,
 * memory that never stops growing).
 *
 * Asynchronous: it runs in the build's worker thread (worker-tasks.ts), which the synchronous
 * build waits on.
 */

export interface PdfReadLimits {
  pages: number
  memoryBytes: number
  /** Until the reader says how many pages the PDF has: starting, and opening the document. */
  openSeconds: number
  /** From then on, for each page. */
  pageSeconds: number
  seconds: number
  outputBytes: number
}

export type PdfChildOutcome = (
  | { answered: PdfExtraction }
  | { tooManyPages: number }
  | {
      stopped: 'memory' | 'open-time' | 'page-time' | 'time' | 'output'
      /** Pages read when it was stopped, and the PDF's page count if it had said it. */
      pagesRead: number
      pages: number | null
    }
  | { crashed: string }
) & {
  /** The most resident memory the reader was seen to hold, in bytes. */
  peakBytes: number
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

const WATCH_MS = 250
const STDERR_KEPT = 4096

export function readPdfInSandbox(
  bytes: Uint8Array,
  limits: PdfReadLimits,
  command: SandboxCommand = sandboxCommand()
): Promise<PdfChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command.command, command.args, {
      env: command.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true
    })
    const started = performance.now()
    /** When the last page was read (or the page count said). */
    let lastPage = started
    let pages: number | null = null
    let pagesRead = 0
    let answered: PdfExtraction | null = null
    type Ending = DistributiveOmit<PdfChildOutcome, 'peakBytes'>
    let outcome: Ending | null = null
    let peakBytes = 0
    let outputBytes = 0
    let stderr = ''
    let pending: Buffer[] = []

    const stop = (why: Ending): void => {
      outcome ??= why
      child.kill('SIGKILL')
    }
    const stopped = (reason: 'memory' | 'open-time' | 'page-time' | 'time' | 'output'): void =>
      stop({ stopped: reason, pagesRead, pages })

    const line = (text: string): void => {
      let message: unknown
      try {
        message = JSON.parse(text)
      } catch {
        stop({ crashed: 'it wrote something that is not its answer' })
        return
      }
      const record = message as Record<string, unknown>
      if (typeof record['pages'] === 'number') {
        pages = record['pages']
        lastPage = performance.now()
        if (pages > limits.pages) stop({ tooManyPages: pages })
      } else if (typeof record['page'] === 'number') {
        pagesRead = record['page']
        lastPage = performance.now()
      } else answered = message as PdfExtraction
    }

    child.stdout.on('data', (chunk: Buffer) => {
      outputBytes += chunk.length
      if (outputBytes > limits.outputBytes) {
        stopped('output')
        return
      }
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a)) {
        pending.push(chunk.subarray(0, at))
        line(Buffer.concat(pending).toString('utf8'))
        pending = []
        chunk = chunk.subarray(at + 1)
      }
      if (chunk.length > 0) pending.push(chunk)
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (text: string) => {
      stderr = (stderr + text).slice(-STDERR_KEPT)
    })
    // The reader may end before it has read all of its input (a PDF too large to hold).
    child.stdin.on('error', () => undefined)
    child.stdin.end(bytes)

    let measuring = false
    const watch = setInterval(() => {
      const now = performance.now()
      if (now - started > limits.seconds * 1000) stopped('time')
      else if (pages === null && now - started > limits.openSeconds * 1000) stopped('open-time')
      else if (pages !== null && now - lastPage > limits.pageSeconds * 1000) stopped('page-time')
      if (measuring || child.pid === undefined) return
      measuring = true
      void residentBytes(child.pid).then((bytes) => {
        measuring = false
        if (bytes === null) return
        peakBytes = Math.max(peakBytes, bytes)
        if (bytes > limits.memoryBytes) stopped('memory')
      })
    }, WATCH_MS)

    child.on('error', (error) => {
      outcome ??= { crashed: `it could not be started (${error.message})` }
    })
    child.on('close', (code, signal) => {
      clearInterval(watch)
      const end = (ending: Ending): void => resolve({ ...ending, peakBytes })
      if (outcome) end(outcome)
      else if (answered) end({ answered })
      // V8's own heap limit (sandbox.ts) ends it with this line, before the watch sees it.
      else if (/heap out of memory|Allocation failed/i.test(stderr)) {
        end({ stopped: 'memory', pagesRead, pages })
      } else {
        end({ crashed: signal ? `it was ended by ${signal}` : `it stopped with exit code ${code}` })
      }
    })
  })
}
