import { readFileSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import * as v from 'valibot'
import {
  ReportMetadataSchema,
  type ProcessedReport,
  type ReportMetadata
} from '../shared/report-model'
import { cleanText } from '../shared/text/clean-text'
import { buildReport } from './build-library'
import { ContentError } from './content-error'
import { METADATA_SUFFIX, REPORT_EXTENSIONS } from './read-sources'
import { slugify } from './slug'

/**
 * One report source file, anywhere, built into a report by the content pipeline's own parsers
 * (`buildReport`), for commands that look at a single file (`npm run diff`). A content folder
 * needs a metadata sidecar for every report; here the sidecar `<name>.meta.json` beside the file
 * is optional: it only gives the report its title.
 */

export type ReportFileResult =
  { ok: true; report: ProcessedReport } | { ok: false; problem: string }

export function readReportFile(path: string): ReportFileResult {
  const name = basename(path)
  const extension = extname(name).toLowerCase()
  const format = REPORT_EXTENSIONS[extension]
  const problem = (text: string): ReportFileResult => ({ ok: false, problem: `${path}: ${text}` })

  let bytes: Buffer
  try {
    if (statSync(path).isDirectory()) return problem('is a folder, not a report file')
    bytes = readFileSync(path)
  } catch (error) {
    return problem(unreadable((error as NodeJS.ErrnoException).code))
  }
  if (!format) {
    const known = Object.keys(REPORT_EXTENSIONS).join(', ')
    return problem(`is not a report source: the content build reads ${known} files`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return problem('is not UTF-8 text; save it as UTF-8 and try again')
  }
  if (cleanText(text) === '') return problem('is empty')

  const stem = name.slice(0, name.length - extension.length)
  try {
    const report = buildReport({
      id: slugify(stem),
      format,
      sourceFile: name,
      path,
      text,
      metadata: sidecarMetadata(join(dirname(path), `${stem}${METADATA_SUFFIX}`)) ?? {
        title: name,
        publisher: 'unknown',
        sourceUrl: name,
        edition: 'unknown'
      }
    })
    return { ok: true, report }
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    const [first] = error.problems
    return problem(first?.problem ?? 'has no sections')
  }
}

function unreadable(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: you do not have permission to read it'
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a folder)'
    default:
      return 'cannot be read; check that it is a file you can open'
  }
}

/** The sidecar's metadata, if there is a valid one; anything else leaves the title to the file name. */
function sidecarMetadata(path: string): ReportMetadata | null {
  try {
    const parsed = v.safeParse(ReportMetadataSchema, JSON.parse(readFileSync(path, 'utf8')))
    return parsed.success ? parsed.output : null
  } catch {
    return null
  }
}
