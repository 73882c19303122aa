import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BuildNotice } from './parsed-section'
import type { PdfExtraction } from './pdf-text-layer'

/** The script that reads a PDF's text layer with pdf.js, in a process of its own. */
const READER = fileURLToPath(new URL('./pdf-text-layer-reader.ts', import.meta.url))

/**
 * What that process may do: read the script, the project's package.json (which says the script
 * is a module) and pdf.js's own files, nothing else. Node's permission model refuses it every
 * other file, writing, child processes, workers and native add-ons, and code made from strings:
 * a hostile PDF that found a flaw in pdf.js could do no more than answer wrongly.
 */
export const PDF_READER_SANDBOX: readonly string[] = [
  '--permission',
  '--disallow-code-generation-from-strings',
  `--allow-fs-read=${READER}`,
  `--allow-fs-read=${fileURLToPath(new URL('../../package.json', import.meta.url))}`,
  `--allow-fs-read=${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}${sep}`
]
/** Longer than any report takes (a 400-page PDF reads in seconds); a PDF that loops is stopped. */
const TIME_LIMIT_MS = 120_000
const OUTPUT_LIMIT = 1024 * 1024 * 1024

export type PdfRead = { text: string; notices: BuildNotice[] } | { problem: string }

/**
 * Reads a PDF report: its text layer, as JSON (see pdf-text-layer.ts), for parse-pdf.ts. A PDF
 * without any text — pictures of pages, as a scanner makes — is refused: there is nothing to
 * build from, and the trainer needs to hear it rather than get an empty report.
 */
export function readPdf(path: string): PdfRead {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    return { problem: `cannot read file (${String(error)})` }
  }
  if (!bytes.subarray(0, 1024).includes('%PDF-')) {
    return { problem: 'not a PDF file (it does not start as a PDF does); check the file' }
  }
  let output: string
  try {
    output = execFileSync(process.execPath, [...PDF_READER_SANDBOX, READER], {
      input: bytes,
      encoding: 'utf8',
      maxBuffer: OUTPUT_LIMIT,
      timeout: TIME_LIMIT_MS,
      stdio: ['pipe', 'pipe', 'pipe']
    })
  } catch (error) {
    const timedOut = (error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
    return {
      problem: timedOut
        ? `reading the PDF took longer than ${TIME_LIMIT_MS / 60_000} minutes and was stopped; the file may be damaged`
        : 'the PDF could not be read (it may be damaged); try saving it again from the program that made it'
    }
  }
  const result = JSON.parse(output) as PdfExtraction
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
