import { buildWorker } from './bounded-parse'
import type { BuildNotice } from './parsed-section'
import type { PdfChildOutcome, PdfReadLimits } from './pdf-child/supervise'
import { count, megabytes, SOURCE_LIMITS } from './source-limits'
import type { ReadPdfTask } from './worker-tasks'

/**
 * Reads a PDF report: its text layer, as JSON (see pdf-text-layer.ts), for parse-pdf.ts. pdf.js
 * reads it in a process of its own, in a sandbox (pdf-child/sandbox.ts), watched from the build's
 * worker thread (pdf-child/supervise.ts) within the limits of source-limits.ts. A PDF without any
 * text — pictures of pages, as a scanner makes — is refused: there is nothing to build from, and
 * the trainer needs to hear it rather than get an empty report. So is one with more pages than
 * the build reads, naming both numbers; one that fills the memory or hangs on a page is stopped
 * and said to be probably damaged, with how far it got.
 */

export const PDF_LIMITS: PdfReadLimits = {
  pages: SOURCE_LIMITS.pdfPages,
  memoryBytes: SOURCE_LIMITS.pdfMemoryBytes,
  openSeconds: SOURCE_LIMITS.pdfOpenSeconds,
  pageSeconds: SOURCE_LIMITS.pdfPageSeconds,
  seconds: SOURCE_LIMITS.pdfSeconds,
  outputBytes: SOURCE_LIMITS.pdfTextBytes
}

export type PdfRead = { text: string; notices: BuildNotice[] } | { problem: string }

const SAVE_AGAIN =
  'Save it again from the program that made it (“Save as PDF” or “Print to PDF”), or use the report as text, Markdown or a saved web page'

export function readPdf(bytes: Buffer, limits: PdfReadLimits = PDF_LIMITS): PdfRead {
  if (!bytes.subarray(0, 1024).includes('%PDF-')) {
    return { problem: 'not a PDF file (it does not start as a PDF does); check the file' }
  }
  const task: ReadPdfTask = { kind: 'read-pdf', bytes, limits }
  const answer = buildWorker.run<PdfChildOutcome>(task, {
    // The reader is stopped at its own limits first; this is for the watching itself.
    seconds: limits.seconds + 120,
    memoryBytes: SOURCE_LIMITS.parseMemoryBytes
  })
  if (!answer.ok) {
    return {
      problem:
        'failed' in answer
          ? `the PDF could not be read (${answer.failed}); ${SAVE_AGAIN}`
          : `reading the PDF was stopped after ${Math.round(answer.seconds)} seconds; ${SAVE_AGAIN}`
    }
  }
  return fromOutcome(answer.value, limits)
}

function fromOutcome(outcome: PdfChildOutcome, limits: PdfReadLimits): PdfRead {
  if ('tooManyPages' in outcome) {
    return {
      problem:
        `has ${count(outcome.tooManyPages)} pages, more than the build reads in one PDF (${count(limits.pages)}). ` +
        'Split it into several PDFs, a report each, or use the report as text or Markdown'
    }
  }
  if ('stopped' in outcome) return { problem: stoppedProblem(outcome, limits) }
  if ('crashed' in outcome) {
    return {
      problem: `the PDF could not be read: ${outcome.crashed}. It may be damaged. ${SAVE_AGAIN}`
    }
  }
  const result = outcome.answered
  if ('problem' in result) return result
  const { pages } = result.layer
  if (pages.every((page) => page.runs.length === 0)) {
    return {
      problem:
        `has no text to read: it looks like a scanned PDF (${pages.length === 1 ? 'a picture of a page' : `pictures of ${pages.length} pages`}), ` +
        'without a text layer. Run it through text recognition (OCR) first, or use the report as text, Markdown or a saved web page instead'
    }
  }
  return { text: JSON.stringify(result.layer), notices: [] }
}

function stoppedProblem(
  { stopped, pagesRead, pages, peakBytes }: Extract<PdfChildOutcome, { stopped: string }>,
  limits: PdfReadLimits
): string {
  const where =
    pages === null
      ? 'before its first page'
      : pagesRead >= pages
        ? `after its last page (${count(pages)})`
        : `at page ${count(pagesRead + 1)} of ${count(pages)}`
  switch (stopped) {
    case 'memory':
      return (
        `reading the PDF ${peakBytes > limits.memoryBytes ? `took ${megabytes(peakBytes)} of memory` : 'ran out of memory'} ` +
        `${where} (it may have ${megabytes(limits.memoryBytes)}) and was stopped: ` +
        `it is probably damaged, or made to fill the memory (a picture or stream that unpacks to gigabytes). ${SAVE_AGAIN}`
      )
    case 'open-time':
      return (
        `opening the PDF took longer than ${Math.round(limits.openSeconds / 60)} minutes and was stopped, before its first page: ` +
        `it is probably damaged. ${SAVE_AGAIN}`
      )
    case 'page-time':
      return (
        `reading the PDF stopped ${where}: one page took longer than ${limits.pageSeconds} seconds, ` +
        `so the PDF is probably damaged there. ${SAVE_AGAIN}`
      )
    case 'time':
      return (
        `reading the PDF took longer than ${Math.round(limits.seconds / 60)} minutes and was stopped ${where}. ` +
        'Split it into several PDFs, a report each, or use the report as text or Markdown'
      )
    case 'output':
      return (
        `the PDF holds more than ${megabytes(limits.outputBytes)} of text and positions, more than the build reads in one PDF (stopped ${where}). ` +
        'Split it into several PDFs, a report each'
      )
  }
}
