import { basename, dirname, extname, join } from 'node:path'
import * as v from 'valibot'
import {
  ReportMetadataSchema,
  type ProcessedReport,
  type ReportMetadata
} from '../shared/report-model'
import { buildReport } from './build-library'
import { ContentError } from './content-error'
import { METADATA_SUFFIX, readJsonFile, readReportText, REPORT_EXTENSIONS } from './read-sources'
import { SOURCE_LIMITS } from './source-limits'
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

  if (!format) {
    const known = Object.keys(REPORT_EXTENSIONS).join(', ')
    return problem(`is not a report source: the content build reads ${known} files`)
  }
  // Opened once and checked on the open file (open-source-file.ts): a file named on the command
  // line is read where its name leads, as any command reads the files it is given.
  const read = readReportText(path, format, { followLinks: true })
  if ('problem' in read) return problem(read.problem)
  const { text, notices } = read

  const stem = name.slice(0, name.length - extension.length)
  try {
    const { report } = buildReport({
      id: slugify(stem),
      format,
      sourceFile: name,
      path,
      text,
      notices,
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

/** The sidecar's metadata, if there is a valid one; anything else leaves the title to the file name. */
function sidecarMetadata(path: string): ReportMetadata | null {
  const read = readJsonFile(
    path,
    { maxBytes: SOURCE_LIMITS.sidecarBytes, kind: 'a metadata file' },
    { followLinks: true },
    'invalid metadata: the file'
  )
  if ('problem' in read) return null
  const parsed = v.safeParse(ReportMetadataSchema, read.json)
  return parsed.success ? parsed.output : null
}
