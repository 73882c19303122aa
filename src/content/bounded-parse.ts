import type { ReportFormat } from '../shared/report-model'
import type { ChromeContext } from './page-chrome'
import { prescanProblem } from './source-prescan'
import { megabytes, SOURCE_LIMITS } from './source-limits'
import { SyncWorker } from './sync-worker'
import { say, spokenLocale } from './build-words'
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
  const task: WorkerTask = { kind: 'parse', format, text, context, locale: spokenLocale() }
  const answer = buildWorker.run<ParseAnswer>(task, {
    seconds: SOURCE_LIMITS.parseSeconds,
    memoryBytes: SOURCE_LIMITS.parseMemoryBytes
  })
  if (answer.ok) return answer.value
  if ('stopped' in answer) {
    return {
      problem:
        answer.stopped === 'time'
          ? say('build.parse.tooLong', { minutes: SOURCE_LIMITS.parseSeconds / 60 })
          : say('build.parse.tooMuchMemory', {
              memory: megabytes(SOURCE_LIMITS.parseMemoryBytes, say)
            })
    }
  }
  return { problem: say('build.parse.failed', { error: answer.failed }) }
}
