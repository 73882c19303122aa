import type { ReportFormat } from '../shared/report-model'
import { parseReport } from './build-library'
import type { ChromeContext } from './page-chrome'
import type { ParsedReport } from './parsed-section'
import { readPdfInSandbox, type PdfChildOutcome, type PdfReadLimits } from './pdf-child/supervise'
import { SourceLimitError } from './source-limits'

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
}

export interface ReadPdfTask {
  kind: 'read-pdf'
  bytes: Uint8Array
  limits: PdfReadLimits
}

export type WorkerTask = ParseTask | ReadPdfTask

export type ParseAnswer = ParsedReport | { problem: string }

/** Nested so deep that a parser's walk down it ran out of stack. */
export const NESTED_TOO_DEEP =
  'is nested too deeply for the build to read (lists, quotes or HTML elements inside one another, thousands deep). ' +
  'Check that the file is a report in the format its name says, or save it again from the program that made it'

export async function handleTask(task: WorkerTask): Promise<ParseAnswer | PdfChildOutcome> {
  return task.kind === 'parse' ? parseTask(task) : readPdfInSandbox(task.bytes, task.limits)
}

function parseTask({ format, text, context }: ParseTask): ParseAnswer {
  try {
    return parseReport(format, text, context)
  } catch (error) {
    if (error instanceof SourceLimitError) return { problem: error.message }
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { problem: NESTED_TOO_DEEP }
    }
    throw error
  }
}
