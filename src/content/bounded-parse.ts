import type { ReportFormat } from '../shared/report-model'
import type { ChromeContext } from './page-chrome'
import { prescanProblem } from './source-prescan'
import { megabytes, SOURCE_LIMITS } from './source-limits'
import { SyncWorker } from './sync-worker'
import type { ParseAnswer, WorkerTask } from './worker-tasks'

/**
 * A report's text read into sections within the limits of source-limits.ts: first a quick look
 * for the shapes that make a parser hang or crash (source-prescan.ts), then the parse itself in
 * the build's worker thread, stopped past its time or memory limit. Either way a file that cannot
 * be read ends in one plain line, `{ problem }`, never a stack trace or a hang.
 */

/** One worker for the whole build: started at the first file, reused by the next. */
export const buildWorker = new SyncWorker(
  new URL('./worker-tasks.ts', import.meta.url),
  // Its heap may grow past the memory limit watched from outside, so that limit is met first.
  Math.round((SOURCE_LIMITS.parseMemoryBytes * 1.5) / 2 ** 20)
)

export function parseWithinLimits(
  format: ReportFormat,
  text: string,
  context: ChromeContext
): ParseAnswer {
  const early = prescanProblem(format, text)
  if (early) return { problem: early }
  const task: WorkerTask = { kind: 'parse', format, text, context }
  const answer = buildWorker.run<ParseAnswer>(task, {
    seconds: SOURCE_LIMITS.parseSeconds,
    memoryBytes: SOURCE_LIMITS.parseMemoryBytes
  })
  if (answer.ok) return answer.value
  if ('stopped' in answer) {
    const what =
      answer.stopped === 'time'
        ? `took longer than ${SOURCE_LIMITS.parseSeconds / 60} minutes`
        : `needed more than ${megabytes(SOURCE_LIMITS.parseMemoryBytes)} of memory`
    return {
      problem:
        `reading it ${what} and was stopped: the file is built in a way the reader cannot handle. ` +
        'Check that it is a report in the format its name says, or save it again from the program that made it'
    }
  }
  return {
    problem:
      `the build failed while reading it (${answer.failed}). Nothing was written. ` +
      'This is a fault in the build, not in your file: please report it, with the file'
  }
}
