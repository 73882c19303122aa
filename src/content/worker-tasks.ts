import type { ReportFormat } from '../shared/report-model'
import { parseReport } from './build-library'
import type { ChromeContext } from './page-chrome'
import type { ParsedReport } from './parsed-section'
import { readPdfInSandbox, type PdfChildOutcome, type PdfReadLimits } from './pdf-child/supervise'
import { SourceLimitError } from './source-limits'
import { say, speakIn } from './build-words'
import type { DisplayLocale } from '../shared/i18n/choose-locale'

/**
 * What the build's worker thread (sync-worker.ts) does: read a report's structure with its
 * format's parser, or have a PDF's text layer read in the PDF reader's sandbox. Run there, with
 * a time and a memory limit, so that a file no check foresaw stops with a plain line instead of
 * hanging or filling the memory of the build; and the PDF reader, a process of its own, can be
 * watched while the build waits.
 */

export interface ParseTask {
  kind: 'parse'
  format: ReportFormat
  text: string
  context: ChromeContext
  /** The language the build speaks (build-words.ts): the notices made here are said in it. */
  locale: DisplayLocale
}

export interface ReadPdfTask {
  kind: 'read-pdf'
  bytes: Uint8Array
  limits: PdfReadLimits
}

export type WorkerTask = ParseTask | ReadPdfTask

export type ParseAnswer = ParsedReport | { problem: string }

export async function handleTask(task: WorkerTask): Promise<ParseAnswer | PdfChildOutcome> {
  return task.kind === 'parse' ? parseTask(task) : readPdfInSandbox(task.bytes, task.limits)
}

function parseTask({ format, text, context, locale }: ParseTask): ParseAnswer {
  speakIn(locale)
  try {
    return parseReport(format, text, context)
  } catch (error) {
    if (error instanceof SourceLimitError) return { problem: error.message }
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      // Nested so deep that a parser's walk down it ran out of stack.
      return { problem: say('build.nestedTooDeep') }
    }
    throw error
  }
}
